// Template filters. Everything expensive is precomputed in src/site/pages/model.ts; these format.
import type { UserConfig } from '@11ty/eleventy';
import { plural } from '../../public/plural.ts';

export function filtersPlugin(config: UserConfig): void {
  /** 7563 → "7,563". */
  config.addFilter('number', (value: number) => value.toLocaleString('en'));
  /** "1 plan" / "3 plans". */
  config.addFilter('plural', plural);
  /** A label inside a sentence: "Data sources" → "data sources", but "SDGs" stays "SDGs". */
  config.addFilter('inSentence', inSentence);
}

/** Lower case, except words that start with two capitals: acronyms such as SDG, SDGs, ISO. */
export function inSentence(label: string): string {
  return label.replace(/\p{L}+/gu, (word) =>
    /^\p{Lu}{2}/u.test(word) ? word : word.toLowerCase(),
  );
}
