// Terms of the loaded shards, as the engine's TermLookup. Postings are decoded on first use.
// A large term's files (`TermPartJson`) load best first; its postings are those of the files
// loaded so far, and `rest` says what the others can hold.
import type { Postings, Rest, TermLookup } from './engine.ts';
import type { TermPartJson } from '../../common/search-format.ts';
import { locator, type ShardLocator } from './ranges.ts';

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
  private readonly shardsAt: ShardLocator;
  private readonly shards = new Map<number, ShardJson>();
  /** The files of split terms' shards, by their place (they may arrive out of order). */
  private readonly parts = new Map<number, TermPartJson[]>();
  private readonly decoded = new Map<string, Postings | undefined>();

  /** `firsts`: every shard's first term, or the index's `Ranges`. */
  constructor(firsts: readonly string[] | ShardLocator) {
    this.shardsAt = locator(firsts);
  }

  add(i: number, shard: ShardJson): void {
    this.shards.set(i, shard);
  }

  /** File `part` of split shard `i`. */
  addPart(i: number, part: number, json: TermPartJson): void {
    let files = this.parts.get(i);
    if (files === undefined) this.parts.set(i, (files = []));
    files[part] = json;
    this.decoded.delete(json.term);
  }

  /** The files of split shard `i` usable now: those before the first still missing. */
  loadedParts(i: number): TermPartJson[] {
    const files = this.parts.get(i) ?? [];
    const loaded: TermPartJson[] = [];
    for (let p = 0; p < files.length && files[p] !== undefined; p++)
      loaded.push(files[p] as TermPartJson);
    return loaded;
  }

  /** The loaded files of the split term `term`, or null when its shard is not split. */
  private splitFiles(term: string): TermPartJson[] | null {
    const i = this.shardsAt.shardOf(term);
    if (!this.parts.has(i)) return null;
    return this.loadedParts(i).filter((file) => file.term === term);
  }

  get(term: string): Postings | undefined {
    if (this.decoded.has(term)) return this.decoded.get(term);
    const files = this.splitFiles(term);
    if (files !== null) {
      if (files.length === 0) return undefined;
      const postings: Postings = {};
      for (const file of files) {
        for (const [field, list] of Object.entries(decodePostings(file.postings))) {
          const into = postings[field];
          if (into === undefined) postings[field] = list;
          else for (const n of list) into.push(n);
        }
      }
      this.decoded.set(term, postings);
      return postings;
    }
    const shard = this.shards.get(this.shardsAt.shardOf(term));
    const raw = shard !== undefined && Object.hasOwn(shard, term) ? shard[term] : undefined;
    const postings = raw === undefined ? undefined : decodePostings(raw);
    if (shard !== undefined) this.decoded.set(term, postings);
    return postings;
  }

  rest(term: string): Rest | undefined {
    const last = this.splitFiles(term)?.at(-1)?.rest;
    return last === undefined ? undefined : { weight: last[0], title: last[1] === 1 };
  }

  docs(term: string): number | undefined {
    return this.splitFiles(term)?.[0]?.docs;
  }

  withPrefix(prefix: string): string[] {
    const terms: string[] = [];
    for (const i of this.shardsAt.shardsOfPrefix(prefix)) {
      const split = this.loadedParts(i)[0]?.term;
      const keys = split === undefined ? Object.keys(this.shards.get(i) ?? {}) : [split];
      for (const term of keys) if (term.startsWith(prefix)) terms.push(term);
    }
    return terms;
  }
}
