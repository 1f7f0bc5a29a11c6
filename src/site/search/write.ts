// Writes the search index under `{outDir}/search/` and bundles the search page's script into
// `{outDir}/assets/search.js`. The manifest has a fixed name; everything else sits in a folder
// named by a hash of its content, so it can be cached forever and a rebuild never mixes files.
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { FacetTitles } from '../../common/facets.ts';
import type { LearningPlan } from '../../record/schema.ts';
import { buildSearchData, type SearchBuildOptions } from './build.ts';
import { readCachedSearch, searchCacheKey, writeCachedSearch, type SearchFiles } from './cache.ts';
import type { FacetConfig } from '../config.ts';

export interface SearchAssetOptions {
  outDir: string;
  pathPrefix: string;
  /** A folder to keep the last index in, so a rebuild from the same records reuses it. */
  cacheDir?: string;
  /** The filters' headings, as the site configuration names the facets. */
  titles?: FacetTitles;
  /** The site configuration's theme facet (search/build.ts). */
  themeFacet?: FacetConfig | null;
}

const clientEntry = fileURLToPath(new URL('../../client/search/main.ts', import.meta.url));

async function bundleSearchClient(outDir: string): Promise<void> {
  await build({
    entryPoints: [clientEntry],
    outfile: join(outDir, 'assets', 'search.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2020'],
    legalComments: 'none',
    logLevel: 'silent',
  });
}

/** The index's files, from the cache when one holds this very input. */
async function searchFiles(
  records: LearningPlan[],
  options: SearchBuildOptions,
  cacheDir: string | undefined,
): Promise<SearchFiles> {
  if (cacheDir === undefined) return buildSearchData(records, options);
  const key = searchCacheKey(records, options);
  const cached = await readCachedSearch(cacheDir, key);
  if (cached) return cached;
  const data = buildSearchData(records, options);
  await writeCachedSearch(cacheDir, key, data);
  return data;
}

export async function writeSearchIndex(
  records: LearningPlan[],
  outDir: string,
  options: SearchBuildOptions = {},
  cacheDir?: string,
): Promise<void> {
  const data = await searchFiles(records, options, cacheDir);
  const root = join(outDir, 'search');
  await mkdir(root, { recursive: true });
  // Earlier builds' folders (named by their hash) go, so a rebuild in place leaves no stale index.
  for (const entry of await readdir(root, { withFileTypes: true })) {
    if (entry.isDirectory() && /^[0-9a-f]{12}$/.test(entry.name)) {
      await rm(join(root, entry.name), { recursive: true, force: true });
    }
  }
  const written = new Set<string>();
  for (const [name, json] of data.files) {
    const path = join(root, data.manifest.build, name);
    const folder = dirname(path);
    if (!written.has(folder)) {
      await mkdir(folder, { recursive: true });
      written.add(folder);
    }
    await writeFile(path, json);
  }
  await writeFile(join(root, 'manifest.json'), JSON.stringify(data.manifest));
}

export async function writeSearchAssets(
  records: LearningPlan[],
  options: SearchAssetOptions,
): Promise<void> {
  const index = { titles: options.titles, themeFacet: options.themeFacet };
  await writeSearchIndex(records, options.outDir, index, options.cacheDir);
  await bundleSearchClient(options.outDir);
}
