// The word being typed, as a prefix: first of the words as written in the plans (the word
// dictionary: "manufacturin" → manufacturing → its term manufactur), then of the index terms
// themselves when their range is small enough to fetch. Only the words most plans hold are
// taken, so a two-letter prefix costs a few shards, not a tenth of the index.
import type { Clause } from './engine.ts';
import type { WordLookup } from './words.ts';

/** Term shards a stem prefix may cover before only the dictionary's completions are used. */
export const maxPrefixShards = 2;

/** How many of a prefix's words (by plans holding them) to match: more as the prefix grows. */
export function completionLimit(length: number): number {
  return length < 3 ? 8 : length < 5 ? 16 : 40;
}

/**
 * Clauses with their typed word turned into terms. `prefixShards` says how many term shards a
 * stem prefix covers; only a prefix whose whole range is fetched may be matched, or the same
 * query would find more once more shards happen to be loaded.
 */
export function completeClauses(
  clauses: readonly Clause[],
  words: WordLookup,
  prefixShards: (prefix: string) => number,
): Clause[] {
  return clauses.map((clause) => {
    const typed = clause.typed;
    if (typed === undefined) return clause;
    const completions = words.completions(typed, completionLimit(typed.length));
    const stems = prefixShards(typed) <= maxPrefixShards ? [typed] : [];
    return {
      ...clause,
      terms: [...new Set([...clause.terms, ...completions.flatMap((w) => w.terms)])],
      prefixes: [...clause.prefixes, ...stems],
    };
  });
}
