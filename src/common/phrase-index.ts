// The phrase index, as the build writes it and the browser reads it. A quoted phrase must have
// its words next to each other, which a word index cannot tell; so the build also lists every
// pair of neighbouring words ("sea level") with the plans and word positions it stands at. The
// pairs sit in files chosen by a hash of the pair (`p/{i}.json`): a phrase fetches one small
// file per pair, and a query without a phrase fetches none of them.
import { bucketOf } from './hash-bucket.ts';
import { foldAccents, wordParts, wordSpans } from './search-text.ts';

/**
 * A phrase file: pair → `[ref delta, n, position, position delta × (n - 1), ...]`, a plan's
 * positions after its ref, refs written as differences from the previous one.
 */
export type PhraseShardJson = Record<string, number[]>;

/**
 * The words a phrase is matched on: folded, hyphenated words by their parts, stop words kept
 * ("right to food" needs its "to").
 */
export function phraseWords(text: string): string[] {
  return wordSpans(foldAccents(text)).flatMap((span) => wordParts(span.word));
}

export function pairKey(first: string, second: string): string {
  return `${first} ${second}`;
}

/** The phrase file holding a pair: FNV-1a of the pair, modulo the number of files. */
export function phraseShardOf(key: string, shards: number): number {
  return bucketOf(key, shards);
}
