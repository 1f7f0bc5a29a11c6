// Write everything the map needs into `{outDir}/assets/`: the compact data, the title chunks,
// the country shapes and the bundled client. Called by buildSite after Eleventy has run, with
// the published plans in the site's order (newest first); a plan's ref is its index there, as
// in the search index.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { facetTitles, type FacetTitles } from '../../common/facets.ts';
import type { LearningPlan } from '../../record/schema.ts';
import type { FacetConfig, SiteConfig } from '../config.ts';
import { bundleMapClient } from './bundle.ts';
import { buildMapData } from './data.ts';
import { mapFiles } from '../../common/map-format.ts';
import { readWorldShapes } from './shapes.ts';

export interface MapAssetOptions {
  outDir: string;
  pathPrefix: string;
  tileLayer: { url: string; attribution: string } | null;
  /** The site's country facet, whose pages places link to; null when there is none. */
  countryFacet: FacetConfig | null;
  /** The filters' headings, as the site configuration names the facets. */
  titles: FacetTitles;
}

/** The map's options as the site configuration sets them. */
export function mapAssetOptions(outDir: string, config: SiteConfig): MapAssetOptions {
  return {
    outDir,
    pathPrefix: config.pathPrefix,
    tileLayer: config.tileLayer,
    countryFacet: config.facets.find((f) => f.name === 'country') ?? null,
    titles: facetTitles(config.facets),
  };
}

async function writeJson(path: string, value: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, JSON.stringify(value));
}

export async function writeMapAssets(
  records: LearningPlan[],
  options: MapAssetOptions,
): Promise<void> {
  const assets = join(options.outDir, 'assets');
  const prefix = options.pathPrefix.endsWith('/') ? options.pathPrefix : `${options.pathPrefix}/`;
  const { data, plans, titles } = buildMapData(records, {
    prefix,
    tileLayer: options.tileLayer,
    countryFacet: options.countryFacet,
    titles: options.titles,
  });
  await Promise.all([
    writeJson(join(assets, mapFiles.data), data),
    writeJson(join(assets, mapFiles.plans(data.build)), plans),
    writeJson(join(assets, mapFiles.world), readWorldShapes()),
    ...titles.byRef.map((chunk, i) =>
      writeJson(join(assets, mapFiles.titles(data.build, i)), chunk),
    ),
    ...titles.byPlace.flatMap((pages, place) =>
      pages.map((page, i) =>
        writeJson(join(assets, mapFiles.placeTitles(data.build, place, i)), page),
      ),
    ),
    bundleMapClient(options.outDir),
  ]);
}
