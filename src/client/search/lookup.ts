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
