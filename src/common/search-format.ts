// The shapes of the search files written at build time and read by the browser.
import { perFacet, type FacetTable } from './facet-codes.ts';
import { filterFacets, type FacetTitles, type FilterFacet } from './facets.ts';
import { packCodes, unpackCodes, type PackedCodes } from './map-format.ts';
import { stemLanguages, type StemLanguage } from './search-text.ts';

export interface SearchManifest {
  version: 1;
  /** Folder of this build's files, relative to the manifest: `{build}/t/{i}.json` etc. */
  build: string;
  docs: number;
  fields: { code: string; boost: number }[];
  /** The first term of each term shard, in order. */
  shards: string[];
  /** The first word of each word dictionary shard (`w/{i}.json`), in order. */
  words: string[];
  /** Documents per display chunk: plan `ref` is in chunk `Math.floor(ref / chunkSize)`. */
  chunkSize: number;
  /** Each document's language, one `languageCode` per ref: which stop list its text had. */
  languages: string;
  /** The number of phrase files (`p/{i}.json`, common/phrase-index.ts). */
  phrases: number;
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

/** The facet codes, and each filter's heading as the site configuration names it. */
export interface FacetData extends FacetTable {
  titles: FacetTitles;
}

/** `facets.json`: `FacetData` with each plan's codes packed (a single code as a bare number). */
export interface FacetFile {
  values: FacetTable['values'];
  codes: Record<FilterFacet, PackedCodes>;
  titles: FacetTitles;
}

export function packFacetData(data: FacetData): FacetFile {
  const codes = perFacet<PackedCodes>(() => []);
  for (const facet of filterFacets) codes[facet] = packCodes(data.codes[facet]);
  return { values: data.values, codes, titles: data.titles };
}

export function unpackFacetData(file: FacetFile): FacetData {
  const codes = perFacet<number[][]>(() => []);
  for (const facet of filterFacets) codes[facet] = unpackCodes(file.codes[facet]);
  return { values: file.values, codes, titles: file.titles };
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
