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
import { titleWordFiles } from './title-words.ts';
import { emitPhraseFiles } from './phrases.ts';
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
  emit: EmitFile,
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
  shards.forEach((shard, i) => shard.files.forEach((json, part) => emit(termFile(i, part), json)));
  wordShards.forEach((shard, i) => emit(`w/${i}.json`, shard.json));
  const parts = shards.flatMap((s, i): [number, number][] =>
    s.files.length > 1 ? [[i, s.files.length]] : [],
  );
  const firsts = shards.map((s) => s.first);
  const wordFirsts = wordShards.map((s) => s.first);
  const terms = rangeFiles('t', firsts, parts, options.rangeSize ?? rangeSize(firsts.length));
  const words = rangeFiles('w', wordFirsts, [], options.rangeSize ?? rangeSize(wordFirsts.length));
  for (const [name, json] of [...terms.files, ...words.files]) emit(name, json);
  return { terms: terms.index, words: words.index };
}

/** Takes each file as it is made (relative to the build folder), each name once. */
export type EmitFile = (name: string, json: string) => void;

/** `{dir}/{i}.json` for each file; their number. */
function emitNumbered(dir: string, files: string[], emit: EmitFile): number {
  files.forEach((json, i) => emit(`${dir}/${i}.json`, json));
  return files.length;
}

/**
 * The index's files, handed to `emit` as they are made so they need not all be in memory at
 * once (cache.ts streams them to disk); returns the manifest, whose build hashes them all.
 */
export function emitSearchFiles(
  records: readonly LearningPlan[],
  options: SearchBuildOptions,
  emitFile: EmitFile,
  analyse: PlanAnalyser = fieldTermsAndWords,
): Omit<SearchData, 'files'> {
  const chunkSize = options.chunkSize ?? defaultChunkSize;
  const plans = searchablePlans(records);
  const hash = createHash('sha256');
  const emit: EmitFile = (name, json) => {
    hash.update(name).update('\0').update(json).update('\0');
    emitFile(name, json);
  };
  const ranges = termFiles(plans, options, emit, analyse);
  const languages = plans.map((p) => languageCode(stemLanguageOf(p.language))).join('');
  emit(languagesFile, JSON.stringify(languages));
  const phraseBytes = options.phraseBytes ?? defaultPhraseBytes;
  const phraseCount = emitPhraseFiles(plans, phraseBytes, (json, i) => emit(`p/${i}.json`, json));
  emitNumbered('d', displayChunks(plans, chunkSize), emit);
  const titleWords = emitNumbered('n', titleWordFiles(plans), emit);
  const codeChunk = options.codeChunk ?? defaultCodeChunk;
  const titles = options.titles ?? facetTitles();
  for (const [name, json] of facetFileSet(plans, titles, codeChunk)) emit(name, json);
  for (const [name, json] of themeFileSet(plans, options.themeFacet)) emit(name, json);

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
    phrases: phraseCount,
    titleWords,
  };
  return { manifest, plans };
}

export function buildSearchData(
  records: readonly LearningPlan[],
  options: SearchBuildOptions = {},
  analyse: PlanAnalyser = fieldTermsAndWords,
): SearchData {
  const files = new Map<string, string>();
  const emit: EmitFile = (name, json) => files.set(name, json);
  const data = emitSearchFiles(records, options, emit, analyse);
  return { ...data, files };
}
