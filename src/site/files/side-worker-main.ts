// The side-files worker: receives one job, writes the files, answers `done` or the error.
import { performance } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';
import { writeSideFiles, type FromWorker, type SideJob } from './side-files.ts';
import { toMeta } from '../../record/meta.ts';

const post = (message: FromWorker): void => parentPort?.postMessage(message);

parentPort?.once('message', (job: SideJob) => {
  const started = performance.now();
  const idleBefore = performance.eventLoopUtilization();
  // Copied across threads, meta arrives as a plain object; its keys are document text.
  for (const plan of job.plans) plan.meta = toMeta(plan.meta);
  writeSideFiles(job).then(
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
