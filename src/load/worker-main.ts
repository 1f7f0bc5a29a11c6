// A parse worker: receives batches of documents and says when each starts and ends, so the
// pool can tell which document ran out of time.
import { parentPort } from 'node:worker_threads';
import { parseDocument, type DocumentResult } from './document.ts';

export interface Job {
  filePath: string;
  id: string;
  bytes: Uint8Array;
}

export type FromParseWorker =
  { kind: 'start'; index: number } | { kind: 'done'; index: number; result: DocumentResult };

const post = (message: FromParseWorker): void => parentPort?.postMessage(message);

parentPort?.on('message', (jobs: (Job & { index: number })[]) => {
  for (const job of jobs) {
    post({ kind: 'start', index: job.index });
    const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
    post({ kind: 'done', index: job.index, result: parseDocument(job.filePath, bytes, job.id) });
  }
});
