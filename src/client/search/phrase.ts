// Quoted phrases: `"sea level"` finds only the plans where those words stand next to each other
// in the title, summary, answers or a tag. The word index has no positions; the phrase index
// (common/phrase-index.ts) lists each pair of neighbouring words with the positions it stands
// at, and only the files of the phrase's pairs are fetched. A phrase of three words or more needs
// each pair one position after the one before: "right to food" is "right to" at p, "to food" at
// p + 1, so the words cannot come from two places of the plan.
import { pairKey, phraseWords } from '../../common/phrase-index.ts';

/** A pair's encoded postings as ref → its positions, ascending. */
export function decodePair(encoded: readonly number[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  let ref = 0;
  for (let i = 0; i < encoded.length;) {
    ref += encoded[i] as number;
    const n = encoded[i + 1] as number;
    const positions: number[] = [];
    let position = 0;
    for (let j = 0; j < n; j++) positions.push((position += encoded[i + 2 + j] as number));
    out.set(ref, positions);
    i += 2 + n;
  }
  return out;
}

/** The phrase's pairs in order: [right, to, food] → ["right to", "to food"]. */
export function phrasePairs(phrase: readonly string[]): string[] {
  const words = phraseWords(phrase.join(' '));
  return words.slice(1).map((word, i) => pairKey(words[i] as string, word));
}

/** Refs where every pair stands one position after the one before it. */
export function refsInSequence(pairs: readonly Map<number, number[]>[]): Set<number> {
  const found = new Set<number>();
  const [first, ...rest] = pairs;
  if (first === undefined) return found;
  for (const [ref, positions] of first) {
    const later = rest.map((pair) => new Set(pair.get(ref) ?? []));
    if (positions.some((p) => later.every((set, i) => set.has(p + i + 1)))) found.add(ref);
  }
  return found;
}

/** Fetches the encoded postings of word pairs (SearchIndex.pairs). */
export type PairSource = (keys: readonly string[]) => Promise<Map<string, number[] | undefined>>;

/** The refs holding every phrase, or null when no phrase has two words to hold together. */
export async function phraseRefs(
  phrases: readonly (readonly string[])[],
  source: PairSource,
): Promise<Set<number> | null> {
  const pairsOf = phrases.map(phrasePairs).filter((pairs) => pairs.length > 0);
  if (pairsOf.length === 0) return null;
  const postings = await source([...new Set(pairsOf.flat())]);
  const decoded = (key: string): Map<number, number[]> => {
    const encoded = postings.get(key);
    return encoded === undefined ? new Map() : decodePair(encoded);
  };
  const sets = pairsOf.map((pairs) => refsInSequence(pairs.map(decoded)));
  return sets.reduce((all, set) => new Set([...all].filter((ref) => set.has(ref))));
}
