// One timed load of a folder, in a fresh process: prints JSON for bench/parse.ts.
import { loadFolder } from '../src/load/folder.ts';

const [dir, cacheDir] = process.argv.slice(2);
if (!dir) throw new Error('usage: tsx bench/parse-once.ts DIR [CACHE_DIR]');
const started = performance.now();
const result = await loadFolder(dir, { cacheDir });
const seconds = (performance.now() - started) / 1000;
process.stdout.write(
  `${JSON.stringify({
    documents: result.documents,
    records: result.records.length,
    seconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
