// Everything the search page downloads, computed from the records: the manifest, the term
// shards, the phrase files, the display chunks and the facet files. Pure; write.ts puts it on disk.
import { createHash } from 'node:crypto';
import type { LearningPlan } from '../../record/schema.ts';
import { facetTitles, type FacetTitles } from '../../common/facets.ts';
import { searchFields } from '../../common/search-fields.ts';
import {
  languageCode,
  languagesFile,
  termFile,
  type RangeIndex,
  type SearchManifest,
} from '../../common/search-format.ts';
import { stemLanguageOf } from '../../common/search-text.ts';
import { fieldTermsAndWords, type FieldTerms } from './documents.ts';
import type { PlanAnalyser } from './analysis-cache.ts';
import { displayChunks } from './display.ts';
import { facetFileSet } from './facet-files.ts';
import { themeFileSet } from './theme-files.ts';
import { cutShards } from './shards.ts';
import { computeWeights } from './weights.ts';
import { cutWordShards, WordCollector } from './words.ts';
import { phraseShards } from './phrases.ts';
import { rangeFiles, rangeSize } from './ranges.ts';
import type { FacetConfig } from '../config.ts';

export interface SearchBuildOptions {
  /** About how many bytes of JSON per term shard. */
  shardBytes?: number;
  /** About how many bytes of JSON per file of a term too large for one shard. */
  partBytes?: number;
  /** About how many bytes of JSON per word dictionary shard. */
  wordShardBytes?: number;
  /** Shards per range of the manifest (ranges.ts); by default about the root of their number. */
  rangeSize?: number;
  /** About how many bytes of JSON per phrase file. */
  phraseBytes?: number;
  /** Plans per display chunk. */
  chunkSize?: number;
  /** Plans per facet code chunk. */
  codeChunk?: number;
  /** The filters' headings, as the site configuration names the facets. */
  titles?: FacetTitles;
  /** The site configuration's theme facet, for the theme files' slugs; null: no theme pages. */
  themeFacet?: FacetConfig | null;
}

export interface SearchData {
  manifest: SearchManifest;
  /** Plans in ref order: `plans[ref]`. */
  plans: LearningPlan[];
  /** Files relative to the build folder (`t/0.json`, `p/0.json`, `d/0.json`, `f/values.json`) → JSON. */
  files: Map<string, string>;
}

const defaultShardBytes = 10_000;
const defaultWordShardBytes = 6_000;
const defaultPhraseBytes = 20_000;
const defaultChunkSize = 2;
const defaultCodeChunk = 5;

/** Published plans in ref order: newest first, then by title, so browsing reads well. */
export function searchablePlans(records: readonly LearningPlan[]): LearningPlan[] {
  return records
    .filter((r) => !r.draft)
    .sort(
      (a, b) =>
        (b.year ?? 0) - (a.year ?? 0) ||
        a.title.localeCompare(b.title, 'en') ||
        a.slug.localeCompare(b.slug),
    );
}

function* fieldTermsOf(
  plans: readonly LearningPlan[],
  words: WordCollector,
  analyse: PlanAnalyser,
): Generator<FieldTerms> {
  for (const plan of plans) yield analyse(plan, words);
}

/**
 * The term and word dictionary shards and their range files, in a function of their own so the
 * term table can go.
 */
function termFiles(
  plans: readonly LearningPlan[],
  options: SearchBuildOptions,
  files: Map<string, string>,
  analyse: PlanAnalyser,
): { terms: RangeIndex; words: RangeIndex } {
  // One plan's terms at a time: all the terms of every answer at once would take hundreds of MB.
  const collector = new WordCollector();
  const table = computeWeights(fieldTermsOf(plans, collector, analyse), searchFields);
  const shards = cutShards(table, options.shardBytes ?? defaultShardBytes, options.partBytes);
  const wordShards = cutWordShards(
    collector.entries(),
    options.wordShardBytes ?? defaultWordShardBytes,
  );
  shards.forEach((shard, i) =>
    shard.files.forEach((json, part) => files.set(termFile(i, part), json)),
  );
  wordShards.forEach((shard, i) => files.set(`w/${i}.json`, shard.json));
  const parts = shards.flatMap((s, i): [number, number][] =>
    s.files.length > 1 ? [[i, s.files.length]] : [],
  );
  const firsts = shards.map((s) => s.first);
  const wordFirsts = wordShards.map((s) => s.first);
  const terms = rangeFiles('t', firsts, parts, options.rangeSize ?? rangeSize(firsts.length));
  const words = rangeFiles('w', wordFirsts, [], options.rangeSize ?? rangeSize(wordFirsts.length));
  for (const [name, json] of [...terms.files, ...words.files]) files.set(name, json);
  return { terms: terms.index, words: words.index };
}

/** `analyse` gives each plan's terms: afresh by default, or from a cache (analysis-cache.ts). */
export function buildSearchData(
  records: readonly LearningPlan[],
  options: SearchBuildOptions = {},
  analyse: PlanAnalyser = fieldTermsAndWords,
): SearchData {
  const chunkSize = options.chunkSize ?? defaultChunkSize;
  const plans = searchablePlans(records);
  const files = new Map<string, string>();
  const ranges = termFiles(plans, options, files, analyse);
  const languages = plans.map((p) => languageCode(stemLanguageOf(p.language))).join('');
  files.set(languagesFile, JSON.stringify(languages));
  const phrases = phraseShards(plans, options.phraseBytes ?? defaultPhraseBytes);
  phrases.forEach((json, i) => files.set(`p/${i}.json`, json));
  displayChunks(plans, chunkSize).forEach((json, i) => files.set(`d/${i}.json`, json));
  const codeChunk = options.codeChunk ?? defaultCodeChunk;
  const titles = options.titles ?? facetTitles();
  for (const [name, json] of facetFileSet(plans, titles, codeChunk)) files.set(name, json);
  for (const [name, json] of themeFileSet(plans, options.themeFacet)) files.set(name, json);

  const hash = createHash('sha256');
  for (const [name, json] of files) hash.update(name).update('\0').update(json).update('\0');
  const manifest: SearchManifest = {
    version: 2,
    build: hash.digest('hex').slice(0, 12),
    docs: plans.length,
    fields: searchFields.map((f) => ({ code: f.code, boost: f.boost })),
    terms: ranges.terms,
    words: ranges.words,
    chunkSize,
    codeChunk,
    languages: [...new Set(languages)].sort().join(''),
    phrases: phrases.length,
  };
  return { manifest, plans, files };
}
