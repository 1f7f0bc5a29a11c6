// The shapes of the search files written at build time and read by the browser.
import type { FacetTable } from './facet-codes.ts';
import type { FacetTitles, FilterFacet } from './facets.ts';
import type { PackedCodes } from './map-format.ts';
import { stemLanguages, type StemLanguage } from './search-text.ts';

export interface SearchManifest {
  version: 2;
  /** Folder of this build's files, relative to the manifest: `{build}/t/{i}.json` etc. */
  build: string;
  docs: number;
  fields: { code: string; boost: number }[];
  /** Where the term shards (`t/{i}.json`) start: ranges of them, each range's firsts in its file. */
  terms: RangeIndex;
  /** Where the word dictionary shards (`w/{i}.json`) start, likewise. */
  words: RangeIndex;
  /** Documents per display chunk: plan `ref` is in chunk `Math.floor(ref / chunkSize)`. */
  chunkSize: number;
  /** Plans per facet code chunk (`facetFiles.codes`), likewise. */
  codeChunk: number;
  /** The language codes the documents have, each once: which stop lists the index used. */
  languages: string;
  /** The number of phrase files (`p/{i}.json`, common/phrase-index.ts). */
  phrases: number;
  /** The number of title words files (`n/{i}.json`, common/title-words.ts). */
  titleWords: number;
}

/**
 * The first key of every shard, in two levels, so the manifest every search reads grows as the
 * square root of the shards, not with them: the root names the first key of each range of `per`
 * shards, and the range's file (`RangeFile`) the first key of each of its shards. A search
 * fetches the range files of its words only.
 */
export interface RangeIndex {
  /** The first key of each range, in order (the first is ''). */
  ranges: string[];
  /** Shards per range: range `j` holds shards `j * per` to `(j + 1) * per - 1`. */
  per: number;
}

/** `m/{kind}/{j}.json`: range `j`'s shards, by the first key of each. */
export interface RangeFile {
  firsts: string[];
  /**
   * `[shard, files]` for each term shard of the range written as several files (one large
   * term's postings, best first, each file a `TermPartJson`); shard numbers are the index's.
   */
  parts: [number, number][];
}

/** The kinds of shard a `RangeIndex` locates: term shards and word dictionary shards. */
export type RangeKind = 't' | 'w';

export function rangeFile(kind: RangeKind, range: number): string {
  return `m/${kind}/${range}.json`;
}

/**
 * `languages.json`: a JSON string of each document's language code, one character per ref, read
 * only by a query with a word some language stops (it matches that language's documents).
 */
export const languagesFile = 'languages.json';

/** Term shard `i`'s file `part`: `t/{i}.json`, then `t/{i}-1.json`, `t/{i}-2.json`, ... */
export function termFile(shard: number, part: number): string {
  return part === 0 ? `t/${shard}.json` : `t/${shard}-${part}.json`;
}

/**
 * One file of a large term's postings. The term's plans are ordered by what the term adds to
 * their score (the plans with it in their title first, then by the sum of its weights over their
 * fields) and cut into files, so a search fetches the best file first and the next only when
 * its plans could still reach the results shown. Within a file refs ascend, delta coded.
 */
export interface TermPartJson {
  term: string;
  /** Field code → `[ref delta, weight, ref delta, weight, ...]`, as in a whole shard. */
  postings: Record<string, number[]>;
  /** Plans holding the term, in all its files. */
  docs: number;
  /**
   * What the plans of the later files can hold: `[the largest sum of a plan's weights, 1 if a
   * plan of them has the term in its title, else 0]`. Absent in the last file.
   */
  rest?: [number, number];
}

/** A language as one character: its place in `stemLanguages`. */
export function languageCode(language: StemLanguage): string {
  return String(stemLanguages.indexOf(language));
}

/** The languages of the index: the documents', and English, the language of every tag field. */
export function indexLanguages(codes: string): StemLanguage[] {
  return stemLanguages.filter(
    (language) => language === 'en' || codes.includes(languageCode(language)),
  );
}

/** What a result shows, one per plan; short keys keep the chunks small. */
export interface DisplayEntry {
  /** Title */
  t: string;
  /** Slug: the plan page is `{prefix}plans/{slug}/` */
  s: string;
  /** Type label */
  y: string;
  /** Year or null */
  r: number | null;
  /** Countries */
  c: string[];
  /** The summary and the start of the answers, for snippets */
  x: string;
}

/** A word dictionary shard: folded word → `[plans holding it, index term, ...]`. */
export type WordShardJson = Record<string, [number, ...string[]]>;

/** The filter values, and each filter's heading as the site configuration names it. */
export interface FacetData {
  values: FacetTable['values'];
  titles: FacetTitles;
}

/**
 * `f/values.json`, the one facet file every search reads: the values, the headings, and per
 * value the number of plans that have it (the counts with no query and no filter). Which plans
 * have which values is in files fetched for the plans a search needs (`facetFiles`), so no file
 * of the first search grows with the archive.
 */
export interface FacetValuesFile extends FacetData {
  totals: Record<FilterFacet, number[]>;
}

/**
 * `f/c/{i}.json`: the codes of plans `i * codeChunk` to `(i + 1) * codeChunk - 1`, per facet in
 * the order of `filterFacets`. An array, not an object by facet name: a search counting 100
 * results fetches about 100 of these small files, and the names were a third of each.
 */
export type FacetCodesChunk = PackedCodes[];

export const facetFiles = {
  values: 'f/values.json',
  codes: (chunk: number): string => `f/c/${chunk}.json`,
  /** The plans having one value, as runs (`packRefs`): what a ticked filter keeps. */
  plans: (facet: FilterFacet, code: number): string => `f/${facet}/${code}.json`,
  /** A theme's label and plans (`ThemeFile`), by its value page's slug: fetched only to filter. */
  theme: (slug: string): string => `f/theme/${slug}.json`,
} as const;

/**
 * `f/theme/{slug}.json`: themes are too many (2,000 on the corpus) for `f/values.json` and the
 * code chunks, so a theme filter reads its one file, named by the slug of its value page.
 */
export interface ThemeFile {
  label: string;
  /** Its plans as runs (`packRefs`). */
  plans: number[];
}

/** Whether a URL's theme can name a theme file: slugs are lower-case ASCII words and hyphens. */
export function isThemeSlug(text: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(text);
}

/**
 * Sorted refs as runs of consecutive refs, `[gap, length, gap, length, ...]`, each gap from the
 * end of the run before (from 0 for the first): a value most plans have costs a few numbers.
 */
export function packRefs(refs: readonly number[]): number[] {
  const runs: number[] = [];
  let end = 0;
  for (let i = 0; i < refs.length;) {
    const start = refs[i] as number;
    let length = 1;
    while (refs[i + length] === start + length) length++;
    runs.push(start - end, length);
    end = start + length;
    i += length;
  }
  return runs;
}

export function unpackRefs(runs: readonly number[]): number[] {
  const refs: number[] = [];
  let end = 0;
  for (let i = 0; i + 1 < runs.length; i += 2) {
    const start = end + (runs[i] as number);
    end = start + (runs[i + 1] as number);
    for (let ref = start; ref < end; ref++) refs.push(ref);
  }
  return refs;
}

/** The shard holding `term`: the last whose first term is not after it. */
export function shardOf(firsts: readonly string[], term: string): number {
  let lo = 0;
  let hi = firsts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((firsts[mid] as string) <= term) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Every shard that can hold a term starting with `prefix`. */
export function shardsOfPrefix(firsts: readonly string[], prefix: string): number[] {
  const from = shardOf(firsts, prefix);
  const to = shardOf(firsts, `${prefix}\uffff`);
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}
