// Fetching the search files on demand: the manifest and the facet values once, then only the
// range files and term shards a query needs, the display chunks of the results on screen, the
// plans of the filter values ticked and the facet codes of the results counted. Each file is
// fetched at most once per page (the promise is kept, so concurrent queries share it).
import type { Clause, TermLookup } from './engine.ts';
import { ShardLookup, type ShardJson } from './lookup.ts';
import { Ranges } from './ranges.ts';
import { WordLookup } from './words.ts';
import { phraseShardOf, type PhraseShardJson } from '../../common/phrase-index.ts';
import { titleWordsFileOf, type TitleWordsJson } from '../../common/title-words.ts';
import type { StemLanguage } from '../../common/search-text.ts';
import { perFacet, type FacetTable } from '../../common/facet-codes.ts';
import { filterFacets, type FilterFacet } from '../../common/facets.ts';
import { unpackCodes } from '../../common/map-format.ts';
import {
  indexLanguages,
  languagesFile,
  rangeFile,
  termFile,
  facetFiles,
  isThemeSlug,
  unpackRefs,
  type DisplayEntry,
  type FacetCodesChunk,
  type FacetValuesFile,
  type RangeFile,
  type RangeKind,
  type SearchManifest,
  type TermPartJson,
  type ThemeFile,
  type WordShardJson,
} from '../../common/search-format.ts';

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Loads file `i` once, keeping the promise in `cache`; a failed fetch may be retried. */
function once<K, T>(
  cache: Map<K, Promise<T>>,
  i: K,
  load: () => Promise<T>,
  loaded: (json: T) => void,
): Promise<T> {
  let pending = cache.get(i);
  if (pending === undefined) {
    pending = load().then((json) => {
      loaded(json);
      return json;
    });
    pending.catch(() => cache.delete(i));
    cache.set(i, pending);
  }
  return pending;
}

/** A theme filter's value: its label and plans, from its file. */
export interface Theme {
  label: string;
  plans: Set<number>;
}

export class SearchIndex {
  readonly manifest: SearchManifest;
  /** The languages whose stop lists the index used. */
  readonly languages: StemLanguage[];
  private facetData: Promise<FacetValuesFile> | null = null;
  private readonly valuePlans = new Map<string, Promise<number[]>>();
  private readonly codeChunks = new Map<number, Promise<FacetCodesChunk>>();
  private readonly themeFiles = new Map<string, Promise<Theme | null>>();
  private readonly base: string;
  private readonly shards = new Map<number, Promise<ShardJson>>();
  private readonly partFiles = new Map<string, Promise<TermPartJson>>();
  /** Where the term shards are; also the files per term shard, for the shards of more than one. */
  private readonly termRanges: Ranges;
  private readonly wordRanges: Ranges;
  private readonly terms: ShardLookup;
  private docLanguages: Promise<string> | null = null;
  private readonly wordShards = new Map<number, Promise<WordShardJson>>();
  readonly words: WordLookup;
  private readonly chunks = new Map<number, Promise<DisplayEntry[]>>();
  private readonly phraseFiles = new Map<number, Promise<PhraseShardJson>>();
  private readonly titleWordFiles = new Map<number, Promise<TitleWordsJson>>();

  private constructor(base: string, manifest: SearchManifest) {
    this.base = base;
    this.manifest = manifest;
    this.languages = indexLanguages(manifest.languages);
    const range = (kind: RangeKind) => (j: number) =>
      getJson<RangeFile>(`${base}${rangeFile(kind, j)}`);
    this.termRanges = new Ranges(manifest.terms, range('t'));
    this.wordRanges = new Ranges(manifest.words, range('w'));
    this.terms = new ShardLookup(this.termRanges);
    this.words = new WordLookup(this.wordRanges);
  }

  /** `root` is the URL of the search folder, ending in a slash. */
  static async open(root: string): Promise<SearchIndex> {
    const manifest = await getJson<SearchManifest>(`${root}manifest.json`);
    return new SearchIndex(`${root}${manifest.build}/`, manifest);
  }

  /** The facet values, headings and totals, fetched once. */
  facets(): Promise<FacetValuesFile> {
    if (this.facetData === null) {
      const pending = getJson<FacetValuesFile>(`${this.base}${facetFiles.values}`);
      pending.catch(() => (this.facetData = null));
      this.facetData = pending;
    }
    return this.facetData;
  }

  /** The plans having any of these values of a facet (one file per value, fetched once). */
  async plansOf(facet: FilterFacet, codes: Iterable<number>): Promise<Set<number>> {
    const load = (code: number): Promise<number[]> => {
      const name = facetFiles.plans(facet, code);
      const fetchRefs = (): Promise<number[]> =>
        getJson<number[]>(`${this.base}${name}`).then(unpackRefs);
      return once(this.valuePlans, name, fetchRefs, () => undefined);
    };
    const lists = await Promise.all([...codes].map(load));
    return new Set(lists.flat());
  }

  /**
   * A theme by its slug (one file, fetched once), or null when no theme has that slug: an old
   * or mistyped link then matches no plan rather than failing the search.
   */
  theme(slug: string): Promise<Theme | null> {
    const load = async (): Promise<Theme | null> => {
      if (!isThemeSlug(slug)) return null;
      const response = await fetch(`${this.base}${facetFiles.theme(slug)}`);
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`${facetFiles.theme(slug)}: HTTP ${response.status}`);
      const file = (await response.json()) as ThemeFile;
      return { label: file.label, plans: new Set(unpackRefs(file.plans)) };
    };
    return once(this.themeFiles, slug, load, () => undefined);
  }

  /** The facet codes of these refs, fetching only their chunks: a table holding just them. */
  async facetCodes(refs: readonly number[]): Promise<FacetTable> {
    const size = this.manifest.codeChunk;
    const needed = [...new Set(refs.map((ref) => Math.floor(ref / size)))];
    const [facets, ...chunks] = await Promise.all([
      this.facets(),
      ...needed.map((c) => {
        const load = (): Promise<FacetCodesChunk> => getJson(`${this.base}${facetFiles.codes(c)}`);
        return once(this.codeChunks, c, load, () => undefined);
      }),
    ]);
    const codes = perFacet<number[][]>(() => []);
    chunks.forEach((chunk, i) => {
      const from = (needed[i] as number) * size;
      filterFacets.forEach((facet, f) => {
        unpackCodes(chunk[f] ?? []).forEach((list, j) => (codes[facet][from + j] = list));
      });
    });
    return { values: facets.values, codes };
  }

  /**
   * Each document's language code (`languages.json`), fetched only for clauses with a word some
   * language stops: other queries never read it, so it is '' for them.
   */
  languagesFor(clauses: readonly Clause[]): Promise<string> {
    if (!clauses.some((clause) => (clause.stoppedIn?.length ?? 0) > 0)) return Promise.resolve('');
    if (this.docLanguages === null) {
      const pending = getJson<string>(`${this.base}${languagesFile}`);
      pending.catch(() => (this.docLanguages = null));
      this.docLanguages = pending;
    }
    return this.docLanguages;
  }

  private async shardsFor(clauses: readonly Clause[]): Promise<number[]> {
    const terms = clauses.flatMap((clause) => [...clause.terms, ...(clause.fuzzy ?? [])]);
    const prefixes = clauses.flatMap((clause) => clause.prefixes);
    await this.termRanges.load(terms, prefixes);
    const wanted = new Set(terms.map((term) => this.termRanges.shardOf(term)));
    for (const prefix of prefixes) {
      for (const i of this.termRanges.shardsOfPrefix(prefix)) wanted.add(i);
    }
    return [...wanted];
  }

  /** Term shard `i`; of a split term's shard, its first file, or every file when `all`. */
  private shard(i: number, all: boolean): Promise<unknown> {
    const files = this.termRanges.parts.get(i);
    if (files !== undefined) {
      return Promise.all(Array.from({ length: all ? files : 1 }, (_, p) => this.part(i, p)));
    }
    const load = (): Promise<ShardJson> => getJson(`${this.base}${termFile(i, 0)}`);
    return once(this.shards, i, load, (json) => this.terms.add(i, json));
  }

  private part(i: number, part: number): Promise<TermPartJson> {
    const name = termFile(i, part);
    const load = (): Promise<TermPartJson> => getJson(`${this.base}${name}`);
    return once(this.partFiles, name, load, (json) => this.terms.addPart(i, part, json));
  }

  /**
   * Loads the next `count` files of each of these terms not wholly loaded. False when none had
   * one: the caller then has every posting there is.
   */
  async more(terms: readonly string[], count = 1): Promise<boolean> {
    const next: Promise<TermPartJson>[] = [];
    for (const term of new Set(terms)) {
      const i = this.termRanges.shardOf(term);
      if (i < 0) continue;
      const loaded = this.terms.loadedParts(i).length;
      const end = Math.min(loaded + count, this.termRanges.parts.get(i) ?? 1);
      for (let part = loaded; part < end; part++) next.push(this.part(i, part));
    }
    await Promise.all(next);
    return next.length > 0;
  }

  /** Loads the word dictionary shards that can hold words starting with these prefixes. */
  async loadWords(prefixes: readonly string[]): Promise<WordLookup> {
    await this.wordRanges.load([], prefixes);
    const wanted = new Set(prefixes.flatMap((p) => this.wordRanges.shardsOfPrefix(p)));
    await Promise.all([...wanted].map((i) => this.wordShard(i)));
    return this.words;
  }

  private wordShard(i: number): Promise<WordShardJson> {
    const load = (): Promise<WordShardJson> => getJson(`${this.base}w/${i}.json`);
    return once(this.wordShards, i, load, (json) => this.words.add(i, json));
  }

  /** Fetches the range files of these prefixes' term shards, for `prefixShards`. */
  loadPrefixes(prefixes: readonly string[]): Promise<void> {
    return this.termRanges.load([], prefixes);
  }

  /** The number of term shards a prefix covers (after `loadPrefixes`): what matching it fetches. */
  prefixShards(prefix: string): number {
    return this.termRanges.shardsOfPrefix(prefix).length;
  }

  /**
   * Loads the shards the clauses need and returns a lookup over the loaded terms. A large term
   * gets its first file (its best plans), or all of them when `all`; `more` loads the next.
   */
  async lookup(clauses: readonly Clause[], all = true): Promise<TermLookup> {
    const shards = await this.shardsFor(clauses);
    await Promise.all(shards.map((i) => this.shard(i, all)));
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
        const load = (): Promise<PhraseShardJson> => getJson(`${this.base}p/${i}.json`);
        return once(this.phraseFiles, i, load, () => undefined);
      }),
    );
    return new Map(
      keys.map((key, k) => {
        const file = files[k] ?? {};
        return [key, Object.hasOwn(file, key) ? file[key] : undefined];
      }),
    );
  }

  /** The file of the title words starting as `typed` does (its first two letters), fetched once. */
  titleWords(typed: string): Promise<TitleWordsJson> {
    const i = titleWordsFileOf(typed, this.manifest.titleWords);
    const load = (): Promise<TitleWordsJson> => getJson(`${this.base}n/${i}.json`);
    return once(this.titleWordFiles, i, load, () => undefined);
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
    const load = (): Promise<DisplayEntry[]> => getJson(`${this.base}d/${c}.json`);
    return once(this.chunks, c, load, () => undefined);
  }
}
