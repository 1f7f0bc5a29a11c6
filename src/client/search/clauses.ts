// From the words a user typed to the clauses the engine runs: each word becomes its stems in
// every index language (documents are stemmed in their own language, so a query must match
// either way), a prefix, or both while the word is still being typed.
import type { Clause } from './engine.ts';
import { fieldCodes } from '../../common/search-fields.ts';
import { minTypingPrefixLength, type QueryWord } from './query.ts';
import {
  foldAccents,
  queryVariants,
  stemLanguages,
  stopLanguages,
  type StemLanguage,
} from '../../common/search-text.ts';
import { languageCode } from '../../common/search-format.ts';

/**
 * The clauses of the words. `languages` are the languages the index holds: a word is dropped
 * only when it is a stop word in each of them, and is optional for documents in those that
 * stop it ("ai" is a French stop word, and an English word).
 */
export function toClauses(
  words: readonly QueryWord[],
  languages: readonly StemLanguage[] = stemLanguages,
): Clause[] {
  const clauses: Clause[] = [];
  for (const w of words) {
    const fields = w.field === null ? fieldCodes : [w.field];
    const folded = foldAccents(w.word);
    const stopped = stopLanguages(w.word, languages);
    // One letter being typed would match too much to be worth fetching: wait for the second.
    if (w.typing && w.word.length < minTypingPrefixLength) continue;
    if (w.prefix) {
      clauses.push({ terms: [], prefixes: [folded], fields });
    } else if (stopped.length < languages.length) {
      clauses.push({
        terms: queryVariants(w.word),
        prefixes: [],
        fields,
        word: folded,
        ...(w.typing ? { typed: folded } : {}),
        ...(stopped.length > 0 ? { stoppedIn: stopped.map(languageCode) } : {}),
      });
    } else if (w.typing) {
      // "the" on its way to "theory": stop words are not indexed, their continuations are.
      clauses.push({ terms: [], prefixes: [], fields, typed: folded });
    }
  }
  return clauses;
}
