// Where a key's shard is, from the manifest's two levels (common/search-format.ts, `RangeIndex`):
// the root's ranges locate a key's range, whose file, fetched once, locates its shard. Shard
// numbers are the index's; a key whose range file is not loaded has no shard (-1) yet, so the
// loader fetches the range files of a query's words before its shards.
import {
  shardOf,
  shardsOfPrefix,
  type RangeFile,
  type RangeIndex,
} from '../../common/search-format.ts';

/** What the lookups need of the shard firsts: a key's shard, a prefix's shards. */
export interface ShardLocator {
  shardOf(key: string): number;
  shardsOfPrefix(prefix: string): number[];
}

export class Ranges implements ShardLocator {
  private readonly index: RangeIndex;
  private readonly files = new Map<number, Promise<void>>();
  private readonly loaded = new Map<number, RangeFile>();
  /** Files per split term shard, from the range files loaded. */
  readonly parts = new Map<number, number>();

  constructor(
    index: RangeIndex,
    private readonly fetchRange: (j: number) => Promise<RangeFile>,
  ) {
    this.index = index;
  }

  /** The ranges that can hold `key`s or keys starting with `prefixes`. */
  private rangesOf(keys: readonly string[], prefixes: readonly string[]): Set<number> {
    const wanted = new Set<number>();
    for (const key of keys) wanted.add(shardOf(this.index.ranges, key));
    for (const prefix of prefixes) {
      const to = shardOf(this.index.ranges, `${prefix}\uffff`);
      for (let j = shardOf(this.index.ranges, prefix); j <= to; j++) wanted.add(j);
    }
    return wanted;
  }

  /** Fetches the range files of these keys and prefixes, each once. */
  async load(keys: readonly string[], prefixes: readonly string[] = []): Promise<void> {
    const pending = [...this.rangesOf(keys, prefixes)].map((j) => {
      let file = this.files.get(j);
      if (file === undefined) {
        file = this.fetchRange(j).then((json) => {
          this.loaded.set(j, json);
          for (const [shard, files] of json.parts) this.parts.set(shard, files);
        });
        file.catch(() => this.files.delete(j));
        this.files.set(j, file);
      }
      return file;
    });
    await Promise.all(pending);
  }

  shardOf(key: string): number {
    const j = shardOf(this.index.ranges, key);
    const file = this.loaded.get(j);
    return file === undefined ? -1 : j * this.index.per + shardOf(file.firsts, key);
  }

  /** Every shard that can hold a key starting with `prefix`, of the ranges loaded. */
  shardsOfPrefix(prefix: string): number[] {
    const out: number[] = [];
    for (const j of this.rangesOf([], [prefix])) {
      const file = this.loaded.get(j);
      if (file === undefined) continue;
      const from = shardOf(file.firsts, prefix);
      const to = shardOf(file.firsts, `${prefix}\uffff`);
      for (let i = from; i <= to; i++) out.push(j * this.index.per + i);
    }
    return out;
  }
}

/** Shards located by one level of firsts (every shard's first key), or by `Ranges`. */
export function locator(firsts: readonly string[] | ShardLocator): ShardLocator {
  if (!Array.isArray(firsts)) return firsts as ShardLocator;
  return {
    shardOf: (key) => shardOf(firsts, key),
    shardsOfPrefix: (prefix) => shardsOfPrefix(firsts, prefix),
  };
}
