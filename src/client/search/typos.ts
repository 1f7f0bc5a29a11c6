// Typo tolerance. A word that finds fewer than `fewMatches` plans also matches the dictionary
// words one edit away (words of 4 to 7 letters) or two (8 and more), the nearest and most
// common few, weighing less than exact matches (engine.ts `fuzzyBoost`). The dictionary shards
// looked at are those of the word's first two letters and of the slips likely in them.
import { clauseRefs, type Clause, type TermLookup } from './engine.ts';
import { typoPrefixes, type WordLookup, type WordMatch } from './words.ts';

export const fewMatches = 2;
/** Corrections kept per word: enough for a swapped letter's two readings, not a crowd. */
export const maxCorrections = 3;

/** A clause's word, when it is long enough to correct and no language stops it. */
function correctable(clause: Clause): string | null {
  const word = clause.word;
  return word !== undefined && word.length >= 4 && clause.stoppedIn === undefined ? word : null;
}

/** Every word of the clauses that may be corrected. */
export function correctableWords(clauses: readonly Clause[]): string[] {
  return clauses.flatMap((clause) => correctable(clause) ?? []);
}

/** The words of clauses that find too little, worth correcting. */
export function weakWords(clauses: readonly Clause[], lookup: TermLookup): string[] {
  return clauses.flatMap((clause) => {
    const word = correctable(clause);
    return word !== null && clauseRefs(clause, lookup).size < fewMatches ? [word] : [];
  });
}

/** The dictionary prefixes to load to correct these words. */
export function typoShardPrefixes(words: readonly string[]): string[] {
  return [...new Set(words.flatMap(typoPrefixes))];
}

export interface Corrected {
  clauses: Clause[];
  /**
   * Each corrected word and its best correction, for "did you mean"; none unless a word is one
   * the index lacks. A word the index holds, corrected only because the query found nothing, is
   * kept as typed there unless its best correction searches other terms and more plans hold it:
   * "kenya" stays (not "kenyan"), "banks" stays (not "bank", the same term).
   */
  corrections: Map<string, string>;
}

/** Clauses with corrections of their weak words added as fuzzy terms. */
export function correctClauses(
  clauses: readonly Clause[],
  weak: readonly string[],
  words: WordLookup,
): Corrected {
  const corrections = new Map<string, string>();
  let misspelt = false;
  const corrected = clauses.map((clause) => {
    if (clause.word === undefined || !weak.includes(clause.word)) return clause;
    const prefixes = typoPrefixes(clause.word);
    const near = words.near(clause.word, prefixes).slice(0, maxCorrections);
    const best = near[0];
    if (best === undefined) return clause;
    const typed = words.find(clause.word, prefixes);
    if (typed === undefined) misspelt = true;
    if (typed === undefined || (best.plans > typed.plans && !sameSearch(best, typed)))
      corrections.set(clause.word, best.word);
    return { ...clause, fuzzy: [...new Set(near.flatMap((w) => w.terms))] };
  });
  // Words the index all holds are not a typo but words no plan has together, often of another
  // language ("lieu sécurité" is not "lies security"): their near words still match, unnamed.
  return { clauses: corrected, corrections: misspelt ? corrections : new Map() };
}

/** Whether two words search a term in common: suggesting one for the other changes nothing. */
function sameSearch(a: WordMatch, b: WordMatch): boolean {
  return a.terms.some((term) => b.terms.includes(term));
}
