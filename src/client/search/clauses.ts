// From the words a user typed to the clauses the engine runs: each word becomes its stems in
// every index language (documents are stemmed in their own language, so a query must match
// either way), a prefix, or both while the word is still being typed.
import type { Clause } from './engine.ts';
import { fieldCodes } from '../../common/search-fields.ts';
import type { QueryWord } from './query.ts';
import { foldAccents, isStopWord, queryVariants } from '../../common/search-text.ts';

export function toClauses(words: readonly QueryWord[]): Clause[] {
  const clauses: Clause[] = [];
  for (const w of words) {
    const fields = w.field === null ? fieldCodes : [w.field];
    const folded = foldAccents(w.word);
    if (w.prefix) {
      clauses.push({ terms: [], prefixes: [folded], fields });
    } else if (!isStopWord(w.word)) {
      clauses.push({ terms: queryVariants(w.word), prefixes: w.typing ? [folded] : [], fields });
    } else if (w.typing) {
      // "the" on its way to "theory": stop words are not indexed, their continuations are.
      clauses.push({ terms: [], prefixes: [folded], fields });
    }
  }
  return clauses;
}
