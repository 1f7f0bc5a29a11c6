// Parses documents on worker threads: remark is CPU-bound, so each core takes batches in turn.
import { Worker } from 'node:worker_threads';
import type { DocumentResult } from './document.ts';
import type { Job } from './worker-main.ts';

const batchSize = 32;

export async function parseInWorkers(
  jobs: Job[],
  workerCount: number,
  onResult: (index: number, result: DocumentResult) => void,
): Promise<void> {
  let next = 0;
  const workers = Array.from(
    { length: Math.min(workerCount, Math.ceil(jobs.length / batchSize)) },
    () =>
      // remark allocates many short-lived objects; a larger young generation means fewer scavenges.
      new Worker(new URL('./worker.js', import.meta.url), {
        resourceLimits: { maxYoungGenerationSizeMb: 64 },
      }),
  );
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let batchStart = 0;
            const send = (): void => {
              if (next >= jobs.length) return resolve();
              batchStart = next;
              next = Math.min(next + batchSize, jobs.length);
              worker.postMessage(jobs.slice(batchStart, next));
            };
            worker.on('message', (results: DocumentResult[]) => {
              results.forEach((result, i) => onResult(batchStart + i, result));
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (next < jobs.length || code !== 0)
                reject(new Error(`A parse worker stopped (exit code ${code}).`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
