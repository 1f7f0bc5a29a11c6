// The word being typed, completed from the titles of the plans the query's other words find
// (common/title-words.ts): "maize co" gets "cobs" because a maize plan's title holds it, though
// the commonest "co…" words (complete.ts) leave it out. Only words that add terms are taken.
import { clauseRefs, intersect, type Clause, type TermLookup } from './engine.ts';
import type { TitleWordsJson } from '../../common/title-words.ts';
import type { WordLookup } from './words.ts';

/** Title words added at most: each may cost a term shard. */
export const maxTitleCompletions = 4;

/** Past four letters a typed word completes to 40 words (complete.ts), the rarer among them. */
const maxTypedLetters = 4;

/** What the completion needs of the index (loader.ts `SearchIndex`). */
export interface TitleWordsSource {
  lookup(clauses: readonly Clause[], all: boolean): Promise<TermLookup>;
  titleWords(typed: string): Promise<TitleWordsJson>;
}

/**
 * The title words starting with `typed` that plans of `candidates` have in their titles, the
 * most shared first, then those in more titles.
 */
export function titleWordsOf(
  typed: string,
  titleWords: TitleWordsJson,
  candidates: ReadonlySet<number>,
): string[] {
  const found: { word: string; shared: number; titles: number }[] = [];
  for (const [word, refs] of Object.entries(titleWords)) {
    if (!word.startsWith(typed)) continue;
    const shared = refs.filter((ref) => candidates.has(ref)).length;
    if (shared > 0) found.push({ word, shared, titles: refs.length });
  }
  found.sort((a, b) => b.shared - a.shared || b.titles - a.titles || (a.word < b.word ? -1 : 1));
  return found.map((f) => f.word);
}

/** Plans every clause matches (a clause some language stops constrains nothing). */
function candidatesOf(clauses: readonly Clause[], lookup: TermLookup): Set<number> {
  const sets = clauses.flatMap((c) => (c.stoppedIn === undefined ? [clauseRefs(c, lookup)] : []));
  return sets.reduce(intersect, sets[0] ?? new Set<number>());
}

/**
 * The clauses with the typed word's clause given the terms of the title words its query's
 * other words' plans hold (their first files, for a large term). A typed word alone is left as
 * it is (every plan is then a candidate), and so is one of one letter or more than four.
 */
export async function withTitleWords(
  index: TitleWordsSource,
  clauses: readonly Clause[],
  dictionary: WordLookup,
): Promise<Clause[]> {
  const at = clauses.findIndex((c) => c.typed !== undefined);
  const clause = clauses[at];
  const typed = clause?.typed;
  const others = clauses.filter((c, i) => i !== at);
  const letters = [...(typed ?? '')].length;
  if (clause === undefined || typed === undefined || others.length === 0) return [...clauses];
  if (letters < 2 || letters > maxTypedLetters) return [...clauses];
  // The typed word's own completions load beside the other words, not after them.
  const [lookup, titleWords] = await Promise.all([
    index.lookup(clauses, false),
    index.titleWords(typed),
  ]);
  const terms = new Set(clause.terms);
  let words = 0;
  for (const word of titleWordsOf(typed, titleWords, candidatesOf(others, lookup))) {
    const added = (dictionary.find(word, [typed])?.terms ?? []).filter((t) => !terms.has(t));
    for (const term of added) terms.add(term);
    if (added.length > 0 && ++words === maxTitleCompletions) break;
  }
  if (words === 0) return [...clauses];
  return clauses.map((c, i) => (i === at ? { ...c, terms: [...terms] } : c));
}
