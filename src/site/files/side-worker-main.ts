// The side-files worker: receives one job, reads its plans a batch at a time from the job's
// port, writes the files, answers `done` or the error.
import { performance } from 'node:perf_hooks';
import { parentPort, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { once } from 'node:events';
import {
  writeSideFiles,
  type FromWorker,
  type PlanBatch,
  type SideWorkerJob,
} from './side-files.ts';
import type { LearningPlan } from '../../record/schema.ts';
import { toMeta } from '../../record/meta.ts';

const post = (message: FromWorker): void => parentPort?.postMessage(message);

/**
 * The batches as they are needed: one is taken off the port (and copied into this heap) only
 * when the one before has been written, so the others stay serialized meanwhile.
 */
async function* batches(port: MessagePort): AsyncGenerator<LearningPlan[]> {
  for (;;) {
    const received = receiveMessageOnPort(port) as { message: PlanBatch } | undefined;
    const batch = received ? received.message : ((await once(port, 'message'))[0] as PlanBatch);
    if (batch === null) break;
    // Copied across threads, meta arrives as a plain object; its keys are document text.
    for (const plan of batch) plan.meta = toMeta(plan.meta);
    yield batch;
  }
  port.close();
}

parentPort?.once('message', (job: SideWorkerJob) => {
  const started = performance.now();
  const idleBefore = performance.eventLoopUtilization();
  writeSideFiles(job, batches(job.plans)).then(
    (reuse) =>
      post({
        kind: 'done',
        reuse,
        seconds: (performance.now() - started) / 1000,
        busySeconds: performance.eventLoopUtilization(idleBefore).active / 1000,
      }),
    (error: unknown) =>
      post({
        kind: 'failed',
        message: error instanceof Error ? error.message : String(error),
        stack: error instanceof Error ? error.stack : undefined,
        code: (error as NodeJS.ErrnoException | undefined)?.code,
        path: (error as NodeJS.ErrnoException | undefined)?.path,
      }),
  );
});
