// Sites for the map's browser tests and benchmark. `buildFromRecords` (src/build.ts) also runs
// the search writer, so a failure there would fail every map test: these builds take the same
// steps (published plans, Eleventy pages with the static files) and then only the map writer.
import { mkdir, rm } from 'node:fs/promises';
import { createEleventy } from '../../src/build.ts';
import type { LearningPlan } from '../../src/record/schema.ts';
import { resolveConfig, type SiteConfigInput } from '../../src/site/config.ts';
import { mapAssetOptions, writeMapAssets } from '../../src/site/map/write.ts';
import { buildSiteModel, publishedPlans } from '../../src/site/pages/model.ts';

/** Pages for `pagePlans` (default: all), map data for all of `records`. */
export async function buildMapSite(
  records: LearningPlan[],
  output: string,
  configInput: SiteConfigInput = {},
  pagePlans: LearningPlan[] = records,
): Promise<void> {
  const config = resolveConfig(configInput);
  await rm(output, { recursive: true, force: true });
  await mkdir(output, { recursive: true });
  const model = buildSiteModel(pagePlans, config);
  await createEleventy(model, output).write();
  await writeMapAssets(publishedPlans(records), mapAssetOptions(output, config));
}
