// Cutting the term table into shards: terms in sorted order, packed into files of about
// `targetBytes`, so a word needs one shard and a prefix the few shards its range covers.
// A shard is JSON `{term: {field: [ref, weight, ref, weight, ...]}}` with each ref written as
// the difference from the previous one (small numbers compress well). A term too large for one
// file (a common word's postings) has a shard of its own (packing leaves it alone), written as
// several files: its lists cut at pairs, so the client joins the parts' lists end to end and has
// the term's whole postings.
import type { TermTable } from './weights.ts';

export interface Shard {
  /** The first term of the shard; shard i holds the terms from its first to the next's. */
  first: string;
  json: string;
}

export interface TermShard {
  first: string;
  /** The shard's files: one, or a large term's postings in parts of at most `partBytes`. */
  files: string[];
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

type ShardObject = Record<string, Record<string, number[]>>;

/** A shard's JSON cut at pairs into files of about `partBytes`, each `{term: {field: [...]}}`. */
export function splitShard(json: string, partBytes: number): string[] {
  const parts: string[] = [];
  let part = Object.create(null) as ShardObject;
  let size = 0;
  const flush = (): void => {
    if (size > 0) parts.push(JSON.stringify(part));
    part = Object.create(null) as ShardObject;
    size = 0;
  };
  for (const [term, fields] of Object.entries(JSON.parse(json) as ShardObject)) {
    for (const [field, list] of Object.entries(fields)) {
      for (let i = 0; i < list.length; i += 2) {
        const pair = `${list[i]},${list[i + 1]},`;
        if (size > 0 && size + pair.length > partBytes) flush();
        const lists = (part[term] ??= Object.create(null) as Record<string, number[]>);
        const into = (lists[field] ??= []);
        // A term or field opening in this part costs its key too.
        if (into.length === 0) size += term.length + field.length + 10;
        into.push(list[i] as number, list[i + 1] as number);
        size += pair.length;
      }
    }
  }
  flush();
  return parts;
}

export function cutShards(
  table: TermTable,
  targetBytes: number,
  partBytes = Math.max(targetBytes, 50_000),
): TermShard[] {
  const terms = [...table.keys()].sort(compareTerms);
  const shards = packShards(
    terms.map((term) => [
      term,
      `${JSON.stringify(term)}:${encodeTerm(table.get(term) ?? new Map())}`,
    ]),
    targetBytes,
  );
  return shards.map(({ first, json }) => ({
    first,
    files: json.length > partBytes ? splitShard(json, partBytes) : [json],
  }));
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
