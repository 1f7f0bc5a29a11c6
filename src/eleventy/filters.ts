// Template filters. Everything expensive is precomputed in src/site/pages/model.ts; these format.
import type { UserConfig } from '@11ty/eleventy';
import { plural } from '../common/plural.ts';
import { inSentence } from '../site/pages/words.ts';

export function filtersPlugin(config: UserConfig): void {
  /** 7563 → "7,563". */
  config.addFilter('number', (value: number) => value.toLocaleString('en'));
  /** "1 plan" / "3 plans". */
  config.addFilter('plural', plural);
  /** A label inside a sentence: "Data sources" → "data sources", but "SDGs" stays "SDGs". */
  config.addFilter('inSentence', inSentence);
}
