// Parses documents on worker threads: remark is CPU-bound, so each core takes batches in turn.
// Each document has a time budget: a worker still on one document when it runs out is ended and
// replaced, the document becomes a `parse-timeout` error, and the batch goes on without it.
import { Worker } from 'node:worker_threads';
import type { DocumentResult } from './document.ts';
import type { FromParseWorker, Job } from './worker-main.ts';
import { workerScript } from './worker-bundle.ts';

const batchSize = 32;

export interface PoolOptions {
  /** Milliseconds one document may take; 0 for no limit. */
  timeoutMs: number;
  /** Another worker speaking worker-main.ts's messages (bench/bare-parse.ts); ours by default. */
  script?: URL;
}

function failure(job: Job, code: string, message: string): DocumentResult {
  const at = { file: job.filePath, line: 1, column: 1, severity: 'error' as const };
  return { record: null, diagnostics: [{ ...at, code, message }] };
}

function startWorker(script = workerScript()): Worker {
  // remark allocates many short-lived objects; a larger young generation means fewer scavenges.
  return new Worker(script, {
    resourceLimits: { maxYoungGenerationSizeMb: 64 },
  });
}

export async function parseInWorkers(
  jobs: Job[],
  workerCount: number,
  onResult: (index: number, result: DocumentResult) => void,
  options: PoolOptions,
): Promise<void> {
  let next = 0;
  const take = (): number[] => {
    const batch: number[] = [];
    while (batch.length < batchSize && next < jobs.length) batch.push(next++);
    return batch;
  };
  const seconds = (options.timeoutMs / 1000).toLocaleString('en');

  // One lane per worker: it sends a batch, hears when each document starts and ends, and on a
  // timeout or a crash replaces its worker and sends what is left of the batch.
  const lane = (): Promise<void> =>
    new Promise<void>((resolve) => {
      let worker: Worker | null = null;
      let batch: number[] = [];
      let current = -1;
      let timer: NodeJS.Timeout | null = null;
      const stopTimer = (): void => {
        if (timer) clearTimeout(timer);
        timer = null;
      };
      const send = (): void => {
        if (batch.length === 0) batch = take();
        if (batch.length === 0) {
          worker?.removeAllListeners();
          void worker?.terminate();
          worker = null;
          return resolve();
        }
        if (!worker) attach(startWorker(options.script));
        worker!.postMessage(batch.map((i) => ({ ...jobs[i]!, index: i })));
      };
      const replace = (result: DocumentResult | null): void => {
        stopTimer();
        const old = worker;
        worker = null;
        old?.removeAllListeners();
        void old?.terminate();
        const index = current;
        current = -1;
        if (index !== -1 && result) {
          batch = batch.filter((i) => i !== index);
          onResult(index, result);
        }
        send();
      };
      const attach = (w: Worker): void => {
        worker = w;
        w.on('message', (message: FromParseWorker) => {
          if (message.kind === 'start') {
            current = message.index;
            stopTimer();
            if (options.timeoutMs > 0)
              timer = setTimeout(() => {
                const job = jobs[current]!;
                replace(
                  failure(
                    job,
                    'parse-timeout',
                    `Parsing took longer than ${seconds} s, so the document was left out. Look for very long lines, or brackets, emphasis or quotes nested thousands deep, and split or simplify them.`,
                  ),
                );
              }, options.timeoutMs);
          } else {
            stopTimer();
            current = -1;
            batch = batch.filter((i) => i !== message.index);
            onResult(message.index, message.result);
            if (batch.length === 0) send();
          }
        });
        const crashed = (reason: string): void => {
          const message = `The parser stopped on this document (${reason}). Please report this as a bug with the file attached.`;
          if (current === -1) {
            // Not on a document (it failed to start): the batch fails rather than loop.
            for (const i of batch) onResult(i, failure(jobs[i]!, 'parse-failed', message));
            batch = [];
          }
          replace(current === -1 ? null : failure(jobs[current]!, 'parse-failed', message));
        };
        w.on('error', (error) => crashed(String(error)));
        w.on('exit', (code) => crashed(`exit code ${code}`));
      };
      send();
    });

  const lanes = Math.max(1, Math.min(workerCount, Math.ceil(jobs.length / batchSize)));
  await Promise.all(Array.from({ length: lanes }, lane));
}
