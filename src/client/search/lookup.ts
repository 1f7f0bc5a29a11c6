// Terms of the loaded shards, as the engine's TermLookup. Postings are decoded on first use.
import type { Postings, TermLookup } from './engine.ts';
import { shardOf, shardsOfPrefix } from '../../common/search-format.ts';

/** A shard file: term → field code → `[ref delta, weight, ref delta, weight, ...]`. */
export type ShardJson = Record<string, Record<string, number[]>>;

/** Undo the delta coding of refs: `[dref, w, dref, w]` → `[ref, w, ref, w]`. */
export function decodePostings(encoded: Record<string, number[]>): Postings {
  const out: Postings = {};
  for (const [field, list] of Object.entries(encoded)) {
    const decoded = list.slice();
    let ref = 0;
    for (let i = 0; i < decoded.length; i += 2) {
      ref += decoded[i] as number;
      decoded[i] = ref;
    }
    out[field] = decoded;
  }
  return out;
}

/**
 * A shard's files as one shard: a term split over several files has its field lists cut at
 * pairs, in order, so joining them end to end restores the list (deltas and all).
 */
export function joinShardParts(parts: readonly ShardJson[]): ShardJson {
  if (parts.length === 1) return parts[0] as ShardJson;
  const joined = Object.create(null) as ShardJson;
  for (const part of parts) {
    for (const [term, fields] of Object.entries(part)) {
      const into = (joined[term] ??= Object.create(null) as Record<string, number[]>);
      for (const [field, list] of Object.entries(fields)) {
        const existing = into[field];
        if (existing === undefined) into[field] = list.slice();
        else for (const n of list) existing.push(n);
      }
    }
  }
  return joined;
}

export class ShardLookup implements TermLookup {
  private readonly firsts: readonly string[];
  private readonly shards = new Map<number, ShardJson>();
  private readonly decoded = new Map<string, Postings | undefined>();

  constructor(firsts: readonly string[]) {
    this.firsts = firsts;
  }

  add(i: number, shard: ShardJson): void {
    this.shards.set(i, shard);
  }

  get(term: string): Postings | undefined {
    if (this.decoded.has(term)) return this.decoded.get(term);
    const shard = this.shards.get(shardOf(this.firsts, term));
    const raw = shard !== undefined && Object.hasOwn(shard, term) ? shard[term] : undefined;
    const postings = raw === undefined ? undefined : decodePostings(raw);
    if (shard !== undefined) this.decoded.set(term, postings);
    return postings;
  }

  withPrefix(prefix: string): string[] {
    const terms: string[] = [];
    for (const i of shardsOfPrefix(this.firsts, prefix)) {
      for (const term of Object.keys(this.shards.get(i) ?? {})) {
        if (term.startsWith(prefix)) terms.push(term);
      }
    }
    return terms;
  }
}
