// The bare parser on the parse pool: remark-parse with remark-gfm and nothing else, answering
// with the messages of src/load/worker-main.ts, so bench/bare-parse.ts runs it on the same pool.
import { parentPort } from 'node:worker_threads';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { FromParseWorker, Job } from '../src/load/worker-main.ts';

const processor = unified().use(remarkParse).use(remarkGfm);
const post = (message: FromParseWorker): void => parentPort?.postMessage(message);

parentPort?.on('message', (jobs: (Job & { index: number })[]) => {
  for (const job of jobs) {
    post({ kind: 'start', index: job.index });
    processor.parse(Buffer.from(job.bytes).toString('utf8'));
    post({ kind: 'done', index: job.index, result: { record: null, diagnostics: [] } });
  }
});
