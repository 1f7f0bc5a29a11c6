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
import { OutputReuse, type ReuseRecord } from '../../output/reuse.ts';
import { emptyMeta } from '../../record/meta.ts';

export interface SideJob {
  output: string;
  config: SiteConfig;
  /** Published plans, in the site's order, as the contact policy made them public. */
  plans: LearningPlan[];
  /** Each plan whose source is published: its index in plans, its file, the details it gives. */
  sources: { index: number; file: string; details: KnownDetail[] }[];
  /** Where the search index of the last build is kept. */
  cacheDir?: string;
  /** The live output, whose unchanged files are linked instead of written (output/reuse.ts). */
  previous: string | null;
  /** A key of the records (side-keys.ts), for the search cache; null to hash them in full. */
  recordsKey: string | null;
}

export type FromWorker =
  /** `seconds` from the job's arrival; `busySeconds` of it the thread was running, not waiting. */
  | { kind: 'done'; seconds: number; busySeconds: number; reuse: ReuseRecord }
  /** `code` and `path` of a file-system error, so a full disk is reported as one. */
  | { kind: 'failed'; message: string; stack?: string; code?: string; path?: string };

/**
 * Write the side files; returns what was written and linked, with each file's hash. The job is
 * the worker's own copy: its plans are slimmed once the exports are written.
 */
export async function writeSideFiles(job: SideJob): Promise<ReuseRecord> {
  const { output, config, plans } = job;
  const reuse = new OutputReuse(output, job.previous);
  // The plan pages' folders first: Eleventy makes a page's folder with a blocking call on the
  // thread that renders, and skips it when the folder already exists. Either may come first.
  for (const plan of plans) mkdirSync(join(output, planPath(plan.slug)), { recursive: true });
  const sources: SourceJob[] = job.sources.map((s) => ({ ...s, slug: plans[s.index]!.slug }));
  // One after another: the worker has one core, and their peaks of memory do not add up.
  await writeExports(output, plans, config, reuse);
  await writeSources(output, sources, config, reuse);
  // The exports were the last to print whole records: the search index and the map read none
  // of this, and dropping it before the index's peak of memory keeps that peak lower.
  for (const plan of plans) slimForIndex(plan);
  await writeSearchAssets(plans, {
    outDir: output,
    pathPrefix: config.pathPrefix,
    cacheDir: job.cacheDir,
    titles: facetTitles(config.facets),
    themeFacet: config.facets.find((f) => f.name === 'theme') ?? null,
    reuse,
    recordsKey: job.recordsKey,
  });
  await writeMapAssets(plans, { ...mapAssetOptions(output, config), reuse });
  return reuse.result;
}

/**
 * Let go of what only the pages and exports show: each answer's HTML and options, the questions
 * and section leads, the diagnostics and the other tags. Answer texts, titles and tags stay.
 */
function slimForIndex(plan: LearningPlan): void {
  plan.diagnostics = [];
  plan.meta = emptyMeta();
  plan.consent = null;
  for (const section of plan.sections) {
    section.lead = null;
    for (const entry of section.items) {
      for (const item of entry.kind === 'group' ? entry.items : [entry]) {
        item.question = '';
        if (item.answer) item.answer = { text: item.answer.text, html: '' };
      }
    }
  }
}

export interface SideTimes {
  seconds: number;
  busySeconds: number;
}

export interface SideResult extends SideTimes {
  /** The worker's files: written or linked, and their hashes. */
  reuse: ReuseRecord;
}

export interface SideWorker {
  /** Settles when the worker has written the side files, with its wall and busy seconds. */
  done: Promise<SideResult>;
  /** Stop the worker early (the build failed elsewhere). */
  stop(): Promise<void>;
}

/** Start the side-files worker; the job is copied to it once. */
export function startSideWorker(job: SideJob): SideWorker {
  const worker = new Worker(new URL('./side-worker.js', import.meta.url));
  const done = new Promise<SideResult>((resolve, reject) => {
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
