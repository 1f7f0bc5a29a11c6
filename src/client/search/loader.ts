// Fetching the search files on demand: the manifest and the facet table once, then only the
// term shards a query needs and the display chunks of the results on screen. Each file is
// fetched at most once per page (the promise is kept, so concurrent queries share it).
import type { Clause, TermLookup } from './engine.ts';
import { ShardLookup, type ShardJson } from './lookup.ts';
import { WordLookup } from './words.ts';
import { phraseShardOf, type PhraseShardJson } from '../../common/phrase-index.ts';
import type { StemLanguage } from '../../common/search-text.ts';
import {
  indexLanguages,
  shardOf,
  shardsOfPrefix,
  type DisplayEntry,
  unpackFacetData,
  type FacetData,
  type FacetFile,
  type SearchManifest,
  type WordShardJson,
} from '../../common/search-format.ts';

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Fetches file `i` once, keeping the promise in `cache`; a failed fetch may be retried. */
function once<T>(
  cache: Map<number, Promise<T>>,
  i: number,
  url: string,
  loaded: (json: T) => void,
): Promise<T> {
  let pending = cache.get(i);
  if (pending === undefined) {
    pending = getJson<T>(url).then((json) => {
      loaded(json);
      return json;
    });
    pending.catch(() => cache.delete(i));
    cache.set(i, pending);
  }
  return pending;
}

export class SearchIndex {
  readonly manifest: SearchManifest;
  /** The languages whose stop lists the index used. */
  readonly languages: StemLanguage[];
  private facetData: Promise<FacetData> | null = null;
  private readonly base: string;
  private readonly shards = new Map<number, Promise<ShardJson>>();
  private readonly terms: ShardLookup;
  private readonly wordShards = new Map<number, Promise<WordShardJson>>();
  readonly words: WordLookup;
  private readonly chunks = new Map<number, Promise<DisplayEntry[]>>();
  private readonly phraseFiles = new Map<number, Promise<PhraseShardJson>>();

  private constructor(base: string, manifest: SearchManifest) {
    this.base = base;
    this.manifest = manifest;
    this.languages = indexLanguages(manifest.languages);
    this.terms = new ShardLookup(manifest.shards);
    this.words = new WordLookup(manifest.words);
  }

  /** `root` is the URL of the search folder, ending in a slash. */
  static async open(root: string): Promise<SearchIndex> {
    const manifest = await getJson<SearchManifest>(`${root}manifest.json`);
    return new SearchIndex(`${root}${manifest.build}/`, manifest);
  }

  /** The facet table, fetched once (in parallel with the first query's shards). */
  facets(): Promise<FacetData> {
    if (this.facetData === null) {
      const pending = getJson<FacetFile>(`${this.base}facets.json`).then(unpackFacetData);
      pending.catch(() => (this.facetData = null));
      this.facetData = pending;
    }
    return this.facetData;
  }

  private shardsFor(clauses: readonly Clause[]): number[] {
    const wanted = new Set<number>();
    for (const clause of clauses) {
      for (const term of [...clause.terms, ...(clause.fuzzy ?? [])]) {
        wanted.add(shardOf(this.manifest.shards, term));
      }
      for (const prefix of clause.prefixes) {
        for (const i of shardsOfPrefix(this.manifest.shards, prefix)) wanted.add(i);
      }
    }
    return [...wanted];
  }

  private shard(i: number): Promise<ShardJson> {
    return once(this.shards, i, `${this.base}t/${i}.json`, (json) => this.terms.add(i, json));
  }

  /** Loads the word dictionary shards that can hold words starting with these prefixes. */
  async loadWords(prefixes: readonly string[]): Promise<WordLookup> {
    const wanted = new Set(prefixes.flatMap((p) => shardsOfPrefix(this.manifest.words, p)));
    await Promise.all([...wanted].map((i) => this.wordShard(i)));
    return this.words;
  }

  private wordShard(i: number): Promise<WordShardJson> {
    return once(this.wordShards, i, `${this.base}w/${i}.json`, (json) => this.words.add(i, json));
  }

  /** The number of term shards a prefix's range covers: what matching it would fetch. */
  prefixShards(prefix: string): number {
    return shardsOfPrefix(this.manifest.shards, prefix).length;
  }

  /** Loads the shards the clauses need and returns a lookup over the loaded terms. */
  async lookup(clauses: readonly Clause[]): Promise<TermLookup> {
    await Promise.all(this.shardsFor(clauses).map((i) => this.shard(i)));
    return this.terms;
  }

  /**
   * The encoded postings of word pairs (common/phrase-index.ts), fetching only the phrase files
   * that hold them: a query without a quoted phrase never calls this.
   */
  async pairs(keys: readonly string[]): Promise<Map<string, number[] | undefined>> {
    const n = this.manifest.phrases;
    const files = await Promise.all(
      keys.map((key) => {
        const i = phraseShardOf(key, n);
        return once(this.phraseFiles, i, `${this.base}p/${i}.json`, () => undefined);
      }),
    );
    return new Map(
      keys.map((key, k) => {
        const file = files[k] ?? {};
        return [key, Object.hasOwn(file, key) ? file[key] : undefined];
      }),
    );
  }

  /** The display entries of the given refs, fetching only their chunks. */
  async display(refs: readonly number[]): Promise<Map<number, DisplayEntry>> {
    const size = this.manifest.chunkSize;
    const needed = [...new Set(refs.map((ref) => Math.floor(ref / size)))];
    const loaded = await Promise.all(needed.map((c) => this.chunk(c).then((e) => [c, e] as const)));
    const byChunk = new Map(loaded);
    const out = new Map<number, DisplayEntry>();
    for (const ref of refs) {
      const entry = byChunk.get(Math.floor(ref / size))?.[ref % size];
      if (entry !== undefined) out.set(ref, entry);
    }
    return out;
  }

  private chunk(c: number): Promise<DisplayEntry[]> {
    let pending = this.chunks.get(c);
    if (pending === undefined) {
      pending = getJson<DisplayEntry[]>(`${this.base}d/${c}.json`);
      pending.catch(() => this.chunks.delete(c));
      this.chunks.set(c, pending);
    }
    return pending;
  }
}
