// `npm run bench`: the pathological documents, then every benchmark over the shared corpus. Each prints its figures
// and its targets; nothing here asserts, since timings on a shared machine are not test results.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main as parseBench } from './parse.ts';
import { main as buildBench } from './build.ts';
import { main as searchBench } from './search.ts';
import { main as searchQualityBench } from './search-quality.ts';
import { main as mapBench } from './map.ts';
import { main as planPagesBench } from './plan-pages.ts';
import { main as textNotesBench } from './text-notes.ts';
import { main as relatedBench } from './related.ts';
import { main as contactsBench } from './contacts.ts';
import { main as pathologicalBench } from './pathological.ts';
import { main as scaleDownloadsBench } from './scale-downloads.ts';
import { main as pagesBench } from './pages.ts';
import { main as serveBench } from './serve.ts';
import { buildSite } from '../src/build.ts';

const corpus = fileURLToPath(new URL('../../shared/corpus/sdg-commons/', import.meta.url));

await pathologicalBench();
console.log('');

if (!existsSync(corpus)) {
  console.log(`Benchmarks skipped: ${corpus} is absent. They need ../shared/corpus/sdg-commons.`);
} else {
  parseBench(corpus);
  console.log('\n## What the parser read differently from how it was written');
  await textNotesBench(corpus);
  console.log('\n## Related plans');
  await relatedBench(corpus);
  console.log('');
  await contactsBench(corpus);
  console.log('\n## Build: our site against plain Eleventy');
  await buildBench(corpus);
  console.log('\n## npm start: from saving an edit to the browser showing it (issue 13)');
  await serveBench(corpus);

  // Search, map and page weight are measured on one site built from the corpus.
  const root = await mkdtemp(join(tmpdir(), 'plan-archive-bench-site-'));
  try {
    const site = join(root, 'site');
    const summary = await buildSite({
      input: corpus,
      output: site,
      quiet: true,
      cacheDir: '.cache/parse',
    });
    console.log(
      `\nSite for the search, map and page benchmarks: ${summary.pages} pages in ${summary.seconds.toFixed(1)} s`,
    );
    console.log('\n## Search: our sharded index against Pagefind');
    await searchBench(site);
    console.log('\n## Search quality: what people type, ours against Pagefind (issue 11)');
    await searchQualityBench(site);
    console.log('\n## Map');
    await mapBench(site);
    console.log('\n## Plan pages');
    await planPagesBench(site);
    console.log('\n## Page weight and Lighthouse per page type (issue 12)');
    await pagesBench(site);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  console.log('\n## What a reader downloads at 1x to 8x the corpus (issue 13)');
  await scaleDownloadsBench(corpus);
}
