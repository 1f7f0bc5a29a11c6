// Template filters. Everything expensive is precomputed in src/site/model.ts; these only format.
import type { UserConfig } from '@11ty/eleventy';

export function filtersPlugin(config: UserConfig): void {
  /** 7563 → "7,563". */
  config.addFilter('number', (value: number) => value.toLocaleString('en'));
  /** "1 plan" / "3 plans". */
  config.addFilter(
    'plural',
    (count: number, one: string, many: string) =>
      `${count.toLocaleString('en')} ${count === 1 ? one : many}`,
  );
}
