// Writes the search index under `{outDir}/search/` and bundles the search page's script into
// `{outDir}/assets/search.js`. The manifest has a fixed name; everything else sits in a folder
// named by a hash of its content, so it can be cached forever and a rebuild never mixes files.
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { FacetTitles } from '../../common/facets.ts';
import type { LearningPlan } from '../../record/schema.ts';
import { buildSearchData, emitSearchFiles, type SearchBuildOptions } from './build.ts';
import { AnalysisCache } from './analysis-cache.ts';
import { readCachedSearch, SearchCacheEntry, searchCacheKey } from './cache.ts';
import type { SearchManifest } from '../../common/search-format.ts';
import type { FacetConfig } from '../config.ts';
import { writeOut, type OutputReuse } from '../../output/reuse.ts';

export interface SearchAssetOptions {
  outDir: string;
  pathPrefix: string;
  /** A folder to keep the last index in, so a rebuild from the same records reuses it. */
  cacheDir?: string;
  /** The filters' headings, as the site configuration names the facets. */
  titles?: FacetTitles;
  /** The site configuration's theme facet (search/build.ts). */
  themeFacet?: FacetConfig | null;
  /** Writes through it link files that did not change (src/output/reuse.ts). */
  reuse?: OutputReuse;
  /** A key of the records (side-keys.ts), so the cache key need not hash every record. */
  recordsKey?: string | null;
}

/** What writeSearchIndex needs beyond the records and options. */
export interface SearchIndexWrite {
  cacheDir?: string;
  reuse?: OutputReuse;
  recordsKey?: string | null;
}

const clientEntry = fileURLToPath(new URL('../../client/search/main.ts', import.meta.url));

async function bundleSearchClient(outDir: string, reuse?: OutputReuse): Promise<void> {
  const { outputFiles } = await build({
    write: false,
    entryPoints: [clientEntry],
    outfile: join(outDir, 'assets', 'search.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2020'],
    legalComments: 'none',
    logLevel: 'silent',
  });
  for (const file of outputFiles) await writeOut(reuse, file.path, file.contents);
}

/** The index's manifest and files: built in memory, read from the cache, or streamed through it. */
interface IndexFiles {
  manifest: SearchManifest;
  files: Iterable<[string, string]> | AsyncIterable<[string, string]>;
  /** Called once the files are written. */
  done?: () => Promise<void>;
  /** Called when writing them failed. */
  failed?: () => void;
}

/** The index's files, from the cache when one holds this very input. */
async function searchFiles(
  records: LearningPlan[],
  options: SearchBuildOptions,
  cacheDir: string | undefined,
  recordsKey: string | null | undefined,
): Promise<IndexFiles> {
  if (cacheDir === undefined) return buildSearchData(records, options);
  const key = searchCacheKey(recordsKey ?? records, options);
  const cached = await readCachedSearch(cacheDir, key);
  if (cached) return cached;
  // A new entry takes each file as it is made; they are published from it, a line at a time.
  const entry = new SearchCacheEntry(cacheDir, key);
  const analyses = AnalysisCache.open(cacheDir);
  let manifest: SearchManifest;
  try {
    manifest = emitSearchFiles(records, options, entry.add, analyses.analyse).manifest;
    analyses.save();
    entry.close(manifest);
  } catch (error) {
    analyses.abandon();
    entry.abandon();
    throw error;
  }
  return {
    manifest,
    files: entry.files(),
    done: () => entry.keep(),
    failed: () => entry.abandon(),
  };
}

export async function writeSearchIndex(
  records: LearningPlan[],
  outDir: string,
  options: SearchBuildOptions = {},
  { cacheDir, reuse, recordsKey }: SearchIndexWrite = {},
): Promise<void> {
  const data = await searchFiles(records, options, cacheDir, recordsKey);
  const root = join(outDir, 'search');
  await mkdir(root, { recursive: true });
  // Earlier builds' folders (named by their hash) go, so a rebuild in place leaves no stale index.
  for (const entry of await readdir(root, { withFileTypes: true })) {
    if (entry.isDirectory() && /^[0-9a-f]{12}$/.test(entry.name)) {
      await rm(join(root, entry.name), { recursive: true, force: true });
    }
  }
  try {
    for await (const [name, json] of data.files)
      await writeOut(reuse, join(root, data.manifest.build, name), json);
  } catch (error) {
    data.failed?.();
    throw error;
  }
  await data.done?.();
  await writeOut(reuse, join(root, 'manifest.json'), JSON.stringify(data.manifest));
}

export async function writeSearchAssets(
  records: LearningPlan[],
  options: SearchAssetOptions,
): Promise<void> {
  const index = { titles: options.titles, themeFacet: options.themeFacet };
  const { cacheDir, reuse, recordsKey } = options;
  await writeSearchIndex(records, options.outDir, index, { cacheDir, reuse, recordsKey });
  await bundleSearchClient(options.outDir, reuse);
}
