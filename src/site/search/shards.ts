// Cutting the term table into shards: terms in sorted order, packed into files of about
// `targetBytes`, so a word needs one shard and a prefix the few shards its range covers.
// A shard is JSON `{term: {field: [ref, weight, ref, weight, ...]}}` with each ref written as
// the difference from the previous one (small numbers compress well).
import type { TermTable } from './weights.ts';

export interface Shard {
  /** The first term of the shard; shard i holds the terms from its first to the next's. */
  first: string;
  json: string;
}

export function encodeTerm(fields: Map<string, { refs: number[]; weights: number[] }>): string {
  const parts: string[] = [];
  for (const [code, { refs, weights }] of fields) {
    const flat: number[] = [];
    let previous = 0;
    refs.forEach((ref, i) => {
      flat.push(ref - previous, weights[i] as number);
      previous = ref;
    });
    parts.push(`${JSON.stringify(code)}:[${flat.join(',')}]`);
  }
  return `{${parts.join(',')}}`;
}

export function compareTerms(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function cutShards(table: TermTable, targetBytes: number): Shard[] {
  const terms = [...table.keys()].sort(compareTerms);
  return packShards(
    terms.map((term) => [
      term,
      `${JSON.stringify(term)}:${encodeTerm(table.get(term) ?? new Map())}`,
    ]),
    targetBytes,
  );
}

/**
 * Sorted `[key, "key":value]` entries into JSON objects of about `targetBytes`: the term shards
 * and the word dictionary shards are cut alike. The first shard's `first` is '' (it holds all
 * before the second); an empty list still makes one empty shard.
 */
export function packShards(entries: Iterable<[string, string]>, targetBytes: number): Shard[] {
  const shards: Shard[] = [];
  let parts: string[] = [];
  let size = 0;
  let first = '';
  const flush = (): void => {
    if (parts.length > 0) shards.push({ first, json: `{${parts.join(',')}}` });
    parts = [];
    size = 0;
  };
  for (const [key, entry] of entries) {
    if (size > 0 && size + entry.length > targetBytes) flush();
    if (parts.length === 0) first = shards.length === 0 ? '' : key;
    parts.push(entry);
    size += entry.length + 1;
  }
  flush();
  if (shards.length === 0) shards.push({ first: '', json: '{}' });
  return shards;
}
