// The files written beside the Eleventy pages: data exports and the published source markdown.
// I/O lives here; the content comes from pure functions.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LearningPlan } from '../../record/schema.ts';
import type { SiteConfig } from '../config.ts';
import { plansCsv, plansGeoJson, plansJson, plansNdjson, type ExportContext } from './exports.ts';
import { publicSource, type KnownDetail } from '../contact-policy.ts';
import { planPath, sourcePath, withPrefix } from '../urls.ts';
import { eachLimited } from '../../io/limit.ts';
import { writeStreamed } from '../../io/write-stream.ts';
import { writeOut, type OutputReuse } from '../../output/reuse.ts';

function exportContext(config: SiteConfig): ExportContext {
  const siteUrl = withPrefix(config.baseUrl, config.pathPrefix);
  return { urlOf: (p) => withPrefix(siteUrl, planPath(p.slug)) };
}

export async function writeExports(
  outDir: string,
  plans: LearningPlan[],
  config: SiteConfig,
  reuse?: OutputReuse,
): Promise<void> {
  const ctx = exportContext(config);
  const exports = {
    'plans.json': plansJson,
    'plans.ndjson': plansNdjson,
    'plans.csv': plansCsv,
    'plans.geojson': plansGeoJson,
  };
  for (const [name, pieces] of Object.entries(exports)) {
    const file = join(outDir, 'data', name);
    const hash = await writeStreamed(file, pieces(plans, ctx));
    if (reuse?.owns(file)) reuse.wrote(file, hash);
  }
}

export interface SourceJob {
  slug: string;
  file: string;
  /** The details the plan's record gives, withheld in its source wherever they appear. */
  details: KnownDetail[];
}

/** Publish each plan's source beside its page, rewritten by the contact policy. */
export async function writeSources(
  outDir: string,
  sources: SourceJob[],
  config: SiteConfig,
  reuse?: OutputReuse,
): Promise<void> {
  await eachLimited(sources, async (job) => {
    const text = await readFile(job.file, 'utf8');
    const published = publicSource(text, config.focalPoint, job.details);
    await writeOut(reuse, join(outDir, sourcePath(job.slug)), published);
  });
}
