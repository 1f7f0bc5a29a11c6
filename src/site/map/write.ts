// Write everything the map needs into `{outDir}/assets/`: the compact data, the title chunks,
// the country shapes and the bundled client. Called by buildSite after Eleventy has run, with
// the published plans in the site's order (newest first); a plan's ref is its index there, as
// in the search index.
import { join } from 'node:path';
import { facetTitles, type FacetTitles } from '../../common/facets.ts';
import type { LearningPlan } from '../../record/schema.ts';
import type { FacetConfig, SiteConfig } from '../config.ts';
import { bundleMapClient } from './bundle.ts';
import { buildMapData } from './data.ts';
import { mapFiles } from '../../common/map-format.ts';
import { readWorldShapes } from './shapes.ts';
import { eachLimited } from '../../io/limit.ts';
import { writeOut, type OutputReuse } from '../../output/reuse.ts';

export interface MapAssetOptions {
  outDir: string;
  pathPrefix: string;
  tileLayer: { url: string; attribution: string } | null;
  /** The site's country facet, whose pages places link to; null when there is none. */
  countryFacet: FacetConfig | null;
  /** The filters' headings, as the site configuration names the facets. */
  titles: FacetTitles;
  /** Writes through it link files that did not change (src/output/reuse.ts). */
  reuse?: OutputReuse;
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
  // One file per title chunk and per place page: thousands at scale, so a few at a time.
  const files: [string, unknown][] = [
    [mapFiles.data, data],
    [mapFiles.plans(data.build), plans],
    [mapFiles.world, readWorldShapes()],
    ...titles.byRef.map((chunk, i): [string, unknown] => [mapFiles.titles(data.build, i), chunk]),
    ...titles.byPlace.flatMap((pages, place) =>
      pages.map((page, i): [string, unknown] => [mapFiles.placeTitles(data.build, place, i), page]),
    ),
  ];
  await Promise.all([
    eachLimited(files, ([name, value]) =>
      writeOut(options.reuse, join(assets, name), JSON.stringify(value)),
    ),
    bundleMapClient(options.outDir, options.reuse),
  ]);
}
