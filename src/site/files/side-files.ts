// The files that do not need Eleventy: data exports, published sources, the search index and
// the map data. Building them is CPU work (the search index most of all) that would otherwise
// share the main thread with Eleventy; a worker thread gives it the second core instead.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { facetTitles } from '../../common/facets.ts';
import type { LearningPlan } from '../../record/schema.ts';
import type { SiteConfig } from '../config.ts';
import { mapAssetOptions, writeMapAssets } from '../map/write.ts';
import type { KnownDetail } from '../contact-policy.ts';
import { writeExports, writeSources, type SourceJob } from './outputs.ts';
import { writeSearchAssets } from '../search/write.ts';
import { planPath } from '../urls.ts';

export interface SideJob {
  output: string;
  config: SiteConfig;
  /** Published plans, in the site's order, as the contact policy made them public. */
  plans: LearningPlan[];
  /** Each plan whose source is published: its index in plans, its file, the details it gives. */
  sources: { index: number; file: string; details: KnownDetail[] }[];
  /** Where the search index of the last build is kept. */
  cacheDir?: string;
}

export type FromWorker =
  /** `seconds` from the job's arrival; `busySeconds` of it the thread was running, not waiting. */
  | { kind: 'done'; seconds: number; busySeconds: number }
  /** `code` and `path` of a file-system error, so a full disk is reported as one. */
  | { kind: 'failed'; message: string; stack?: string; code?: string; path?: string };

export async function writeSideFiles(job: SideJob): Promise<void> {
  const { output, config, plans } = job;
  // The plan pages' folders first: Eleventy makes a page's folder with a blocking call on the
  // thread that renders, and skips it when the folder already exists. Either may come first.
  for (const plan of plans) mkdirSync(join(output, planPath(plan.slug)), { recursive: true });
  const sources: SourceJob[] = job.sources.map((s) => ({ ...s, slug: plans[s.index]!.slug }));
  // One after another: the worker has one core, and their peaks of memory do not add up.
  await writeExports(output, plans, config);
  await writeSources(output, sources, config);
  await writeSearchAssets(plans, {
    outDir: output,
    pathPrefix: config.pathPrefix,
    cacheDir: job.cacheDir,
    titles: facetTitles(config.facets),
    themeFacet: config.facets.find((f) => f.name === 'theme') ?? null,
  });
  await writeMapAssets(plans, mapAssetOptions(output, config));
}

export interface SideTimes {
  seconds: number;
  busySeconds: number;
}

export interface SideWorker {
  /** Settles when the worker has written the side files, with its wall and busy seconds. */
  done: Promise<SideTimes>;
  /** Stop the worker early (the build failed elsewhere). */
  stop(): Promise<void>;
}

/** Start the side-files worker; the job is copied to it once. */
export function startSideWorker(job: SideJob): SideWorker {
  const worker = new Worker(new URL('./side-worker.js', import.meta.url));
  const done = new Promise<SideTimes>((resolve, reject) => {
    let settled = false;
    worker.on('message', (message: FromWorker) => {
      settled = true;
      if (message.kind === 'done') resolve(message);
      else {
        const { message: text, stack, code, path } = message;
        reject(Object.assign(new Error(text), { stack, code, path }));
      }
      void worker.terminate();
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`The side-files worker stopped (exit code ${code}).`));
    });
  });
  // Handled here so an early failure is not reported as unhandled; `done` still rejects.
  done.catch(() => undefined);
  worker.postMessage(job);
  return {
    done,
    stop: async () => {
      await worker.terminate();
    },
  };
}
