// The files that do not need Eleventy: data exports, published sources, the search index and
// the map data. Building them is CPU work (the search index most of all) that would otherwise
// share the main thread with Eleventy; a worker thread gives it the second core instead.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { facetTitles } from '../../common/facets.ts';
import type { LearningPlan } from '../../record/schema.ts';
import type { SiteConfig } from '../config.ts';
import { mapAssetOptions, writeMapAssets } from '../map/write.ts';
import type { KnownDetail } from '../contact-policy.ts';
import { ExportWriter, writeSources, type SourceJob } from './outputs.ts';
import { writeSearchAssets } from '../search/write.ts';
import { planPath } from '../urls.ts';
import { OutputReuse, type ReuseRecord } from '../../output/reuse.ts';
import type { SiteSeen } from '../../output/guard.ts';
import { nullPrototypes } from '../../output/manifest.ts';
import { answerText } from '../search/documents.ts';
import { emptyMeta } from '../../record/meta.ts';

export interface SideJob {
  output: string;
  config: SiteConfig;
  /** Each plan whose source is published: its index in plans, its file, the details it gives. */
  sources: { index: number; file: string; details: KnownDetail[]; key: string | null }[];
  /** Where the search index of the last build is kept. */
  cacheDir?: string;
  /** The live output, whose unchanged files are linked instead of written (output/reuse.ts). */
  previous: string | null;
  /** A key of the records (side-keys.ts), for the search cache; null to hash them in full. */
  recordsKey: string | null;
  /** The previous output's manifest and files as the main thread found them: not read again. */
  seen?: SiteSeen;
}

/** The job as the worker receives it: the plans come after it, in batches, on `plans`. */
export interface SideWorkerJob extends SideJob {
  plans: MessagePort;
}

/** A batch of plans on the job's port; null after the last. */
export type PlanBatch = LearningPlan[] | null;

/** Plans a message: small enough that a batch waiting in the worker's heap costs little. */
const batchSize = 200;

export type FromWorker =
  /** `seconds` from the job's arrival; `busySeconds` of it the thread was running, not waiting. */
  | { kind: 'done'; seconds: number; busySeconds: number; reuse: ReuseRecord }
  /** `code` and `path` of a file-system error, so a full disk is reported as one. */
  | { kind: 'failed'; message: string; stack?: string; code?: string; path?: string };

/**
 * Write the side files from the published plans, in the site's order, as the contact policy made
 * them public; returns what was written and linked, with each file's hash. The plans come in
 * batches: each plan is written to the exports, then only what the search index and the map
 * read of it is kept, so the worker never holds every record at once.
 */
export async function writeSideFiles(
  job: SideJob,
  batches: AsyncIterable<LearningPlan[]> | Iterable<LearningPlan[]>,
): Promise<ReuseRecord> {
  const { output, config } = job;
  const { seen } = job;
  // Copied across threads, the manifest's maps arrive as plain objects; their keys are paths.
  const before = seen?.manifest ? { ...seen, manifest: nullPrototypes(seen.manifest) } : undefined;
  const reuse = new OutputReuse(output, job.previous, before);
  const exports = await ExportWriter.open(output, config);
  const plans: LearningPlan[] = [];
  for await (const batch of batches) {
    await exports.add(batch);
    for (const plan of batch) {
      // The plan page's folder: Eleventy makes a page's folder with a blocking call on the
      // thread that renders, and skips it when the folder already exists. Either may come first.
      mkdirSync(join(output, planPath(plan.slug)), { recursive: true });
      plans.push(forIndex(plan));
    }
  }
  await exports.close(reuse);
  const sources: SourceJob[] = job.sources.map((s) => ({ ...s, slug: plans[s.index]!.slug }));
  // One after another: the worker has one core, and their peaks of memory do not add up.
  await writeSources(output, sources, config, reuse);
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
 * What the search index and the map read of a plan: its tags, titles, summary and the text of
 * its answers, as one answer (search/documents.ts reads the answers' texts joined). What only
 * the pages and exports show goes: the answers' HTML, questions, section leads and other tags.
 */
export function forIndex(plan: LearningPlan): LearningPlan {
  const text = answerText(plan);
  const answer = { text, html: '' };
  const item = { kind: 'item' as const, question: '', field: null, answer, empty: false, line: 1 };
  return {
    ...plan,
    diagnostics: [],
    meta: emptyMeta(),
    consent: null,
    sections: [{ title: '', lead: null, items: [item], line: 1 }],
  };
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

/**
 * Start the side-files worker. The plans are copied to it in batches, on a port of their own
 * that it reads one batch at a time: the copies wait there serialized, not in either heap.
 */
export function startSideWorker(job: SideJob, plans: readonly LearningPlan[]): SideWorker {
  const worker = new Worker(new URL('./side-worker.js', import.meta.url));
  const channel = new MessageChannel();
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
  const closePort = (): void => channel.port1.close();
  done.then(closePort, closePort);
  // Diagnostics describe the parse: the side files print none of them.
  for (let i = 0; i < plans.length; i += batchSize) {
    const batch: PlanBatch = plans.slice(i, i + batchSize).map((p) => ({ ...p, diagnostics: [] }));
    channel.port1.postMessage(batch);
  }
  channel.port1.postMessage(null satisfies PlanBatch);
  const message: SideWorkerJob = { ...job, plans: channel.port2 };
  worker.postMessage(message, [channel.port2]);
  return {
    done,
    stop: async () => {
      await worker.terminate();
    },
  };
}
