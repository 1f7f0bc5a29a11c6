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
  /** A label inside a sentence: "Data source" → "data source", but "SDG" stays "SDG". */
  config.addFilter('inSentence', inSentence);
}

export function inSentence(label: string): string {
  return label.replace(/\p{L}+/gu, (word) =>
    word.length > 1 && word === word.toUpperCase() ? word : word.toLowerCase(),
  );
}
