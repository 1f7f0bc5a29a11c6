// A parse worker: receives batches of documents, answers with their results in order.
import { parentPort } from 'node:worker_threads';
import { parseDocument, type DocumentResult } from './document.ts';

export interface Job {
  filePath: string;
  id: string;
  bytes: Uint8Array;
}

parentPort?.on('message', (jobs: Job[]) => {
  const results: DocumentResult[] = jobs.map((job) =>
    parseDocument(
      job.filePath,
      Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength),
      job.id,
    ),
  );
  parentPort?.postMessage(results);
});
