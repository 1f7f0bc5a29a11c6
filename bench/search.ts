// Search benchmark: our sharded index against Pagefind over the same built site.
// Prints the index build time, the bytes on disk (raw, gzip), and for 20 typical queries the
// bytes a fresh Chromium page fetched for its first query (from network events, files served
// gzip-compressed as a static host would) and the query latency p50/p95 with the index parts
// loaded, for both, with the ratios.
// Run: tsx bench/search.ts [siteDir]   (without siteDir it builds the shared corpus first)
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import * as pagefind from 'pagefind';
import { buildSite } from '../src/build.ts';
import { loadFolder } from '../src/load/folder.ts';
import { buildSearchData } from '../src/site/search/build.ts';
import { launchBrowser } from '../tests/browser/browser.ts';
import { percentile } from './stats.ts';

const repo = fileURLToPath(new URL('../', import.meta.url));
const corpus = resolve(repo, '../shared/corpus/sdg-commons');

/** [our query, the same for Pagefind (no field syntax; it matches the last word as a prefix)]. */
export const queries: [string, string][] = [
  ['digital identity', 'digital identity'],
  ['climate change', 'climate change'],
  ['waste management', 'waste management'],
  ['youth employment', 'youth employment'],
  ['renewable energy', 'renewable energy'],
  ['water', 'water'],
  ['agriculture', 'agriculture'],
  ['gender', 'gender'],
  ['informal economy', 'informal economy'],
  ['covid', 'covid'],
  ['kenya', 'kenya'],
  ['country:zambia', 'zambia'],
  ['prototyping', 'prototyping'],
  ['method:"collective intelligence"', 'collective intelligence'],
  ['country:kenya method:prototyping', 'kenya prototyping'],
  ['country:peru sdg:13', 'peru climate'],
  ['year:2023 type:experiment', '2023 experiment'],
  ['digi*', 'digi'],
  ['educ*', 'educ'],
  ['recycl*', 'recycl'],
];

interface Sizes {
  files: number;
  raw: number;
  gzip: number;
}

async function sizesOf(dir: string): Promise<Sizes> {
  const sizes: Sizes = { files: 0, raw: 0, gzip: 0 };
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const bytes = await readFile(join(entry.parentPath, entry.name));
    sizes.files += 1;
    sizes.raw += bytes.length;
    // Pagefind's index files are gzip already; a host would not compress them again.
    const compressed = /\.pf_|\.pagefind$/.test(entry.name);
    sizes.gzip += compressed ? bytes.length : gzipSync(bytes).length;
  }
  return sizes;
}

const textTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** A loopback static server that gzips text, as GitHub Pages or Netlify would. */
export async function serve(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const cache = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    void (async () => {
      let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (path.endsWith('/')) path += 'index.html';
      const file = normalize(join(root, path));
      if (!file.startsWith(root + sep) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      const type = textTypes[extname(file)];
      if (type === undefined) {
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        res.end(await readFile(file));
        return;
      }
      let body = cache.get(file);
      if (body === undefined) cache.set(file, (body = gzipSync(await readFile(file))));
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip' });
      res.end(body);
    })().catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export interface FirstQuery {
  bytes: number;
  requests: number;
}

/**
 * Bytes on the wire (compressed body plus response headers) of the requests `counts` accepts,
 * for one page load in a fresh context (empty cache). Playwright reports the requests of
 * workers too, which matters: Pagefind fetches its index from a web worker.
 */
export async function firstQuery(
  browser: Browser,
  url: string,
  counts: (path: string) => boolean,
  ready: string,
): Promise<FirstQuery> {
  const context = await browser.newContext();
  const pending: Promise<void>[] = [];
  let bytes = 0;
  let requests = 0;
  context.on('requestfinished', (request) => {
    if (!counts(new URL(request.url()).pathname)) return;
    requests += 1;
    pending.push(
      request.sizes().then((sizes) => {
        bytes += sizes.responseBodySize + sizes.responseHeadersSize;
      }),
    );
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(ready);
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  await context.close();
  return { bytes, requests };
}

async function latencies(browser: Browser, url: string, fn: string): Promise<number[]> {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.state === 'ready');
  const out: number[] = [];
  for (const [ours, theirs] of queries) {
    const q = fn === 'benchOurs' ? ours : theirs;
    const run = (): Promise<{ ms: number }> =>
      page.evaluate(
        ([name, query]) =>
          (window as unknown as Record<string, (q: string) => Promise<{ ms: number }>>)[
            name as string
          ]!(query as string),
        [fn, q],
      );
    await run(); // loads the parts this query needs
    for (let i = 0; i < 5; i++) out.push((await run()).ms);
  }
  await page.close();
  return out;
}

interface BuiltSite {
  dir: string;
  buildSeconds: number | null;
  /** The temporary folder to delete afterwards, when this run built the site. */
  temporary: string | null;
}

async function builtSite(siteDir?: string): Promise<BuiltSite> {
  if (siteDir !== undefined) return { dir: resolve(siteDir), buildSeconds: null, temporary: null };
  const temporary = await mkdtemp(join(tmpdir(), 'plan-archive-search-bench-'));
  const dir = join(temporary, 'site');
  const cacheDir = join(repo, '.cache/parse');
  const summary = await buildSite({ input: corpus, output: dir, quiet: true, cacheDir });
  return { dir, buildSeconds: summary.seconds, temporary };
}

const kB = (n: number): string => `${(n / 1000).toFixed(1)} kB`;

export async function main(siteDir?: string): Promise<void> {
  if (siteDir === undefined && !existsSync(corpus)) {
    console.log(`search bench skipped: ${corpus} is absent and no site folder was given`);
    return;
  }
  const site = await builtSite(siteDir);
  try {
    await measure(site);
  } finally {
    if (site.temporary !== null) await rm(site.temporary, { recursive: true, force: true });
  }
}

async function measure(site: BuiltSite): Promise<void> {
  console.log(
    `site: ${site.dir}${site.buildSeconds === null ? '' : ` (built in ${site.buildSeconds.toFixed(1)} s)`}`,
  );

  // Index build time, in this process, over the records the site was built from.
  let indexSeconds: number | null = null;
  if (existsSync(corpus)) {
    const { records } = await loadFolder(corpus, { cacheDir: join(repo, '.cache/parse') });
    const started = performance.now();
    const data = buildSearchData(records);
    const seconds = (performance.now() - started) / 1000;
    indexSeconds = seconds;
    console.log(
      `our index: ${data.manifest.docs} plans, built in ${seconds.toFixed(1)} s, ` +
        `${[...data.files.keys()].filter((name) => /^t\/\d+\.json$/.test(name)).length} term shards`,
    );
  }
  const ourSizes = await sizesOf(join(site.dir, 'search'));

  const pagefindStarted = performance.now();
  const { index } = await pagefind.createIndex({ rootSelector: 'main', forceLanguage: 'en' });
  if (index === undefined) throw new Error('pagefind did not start');
  await index.addDirectory({ path: site.dir, glob: 'plans/**/*.html' });
  await index.writeFiles({ outputPath: join(site.dir, 'pagefind') });
  await pagefind.close();
  const pagefindSeconds = (performance.now() - pagefindStarted) / 1000;
  const theirSizes = await sizesOf(join(site.dir, 'pagefind'));

  console.log(
    `on disk, ours:     ${ourSizes.files} files, ${kB(ourSizes.raw)} raw, ${kB(ourSizes.gzip)} gzip`,
  );
  console.log(
    `on disk, Pagefind: ${theirSizes.files} files, ${kB(theirSizes.raw)} raw, ${kB(theirSizes.gzip)} gzip (indexed in ${pagefindSeconds.toFixed(1)} s)`,
  );

  await mkdir(join(site.dir, 'bench'), { recursive: true });
  await build({
    entryPoints: [fileURLToPath(new URL('./search-client.ts', import.meta.url))],
    outfile: join(site.dir, 'bench', 'client.js'),
    bundle: true,
    minify: true,
    format: 'esm',
    logLevel: 'silent',
  });
  const page = (script: string): string =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><base href="/"><title>bench</title></head><body>${script}</body></html>`;
  await writeFile(
    join(site.dir, 'bench', 'latency.html'),
    page('<script type="module" src="/bench/client.js"></script>'),
  );
  await writeFile(
    join(site.dir, 'bench', 'pagefind.html'),
    page(`<script type="module">
const pf = await import('/pagefind/pagefind.js');
await pf.init();
const q = new URLSearchParams(location.search).get('q');
const found = await pf.search(q);
await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
document.body.dataset.count = String(found.results.length);
document.body.dataset.state = 'ready';
</script>`),
  );

  const browser = await launchBrowser();
  if (browser === null) return;
  const server = await serve(site.dir);
  try {
    const rows: { q: string; ours: FirstQuery; theirs: FirstQuery }[] = [];
    for (const [ours, theirs] of queries) {
      const mine = await firstQuery(
        browser,
        `${server.url}search/?q=${encodeURIComponent(ours)}`,
        (p) => (p.startsWith('/search/') && p !== '/search/') || p.startsWith('/assets/search.'),
        "document.getElementById('results')?.dataset.state === 'ready'",
      );
      const other = await firstQuery(
        browser,
        `${server.url}bench/pagefind.html?q=${encodeURIComponent(theirs)}`,
        (p) => p.startsWith('/pagefind/'),
        "document.body.dataset.state === 'ready'",
      );
      rows.push({ q: ours, ours: mine, theirs: other });
    }
    console.log('\nbytes fetched by a fresh page for its first query (10 results shown):');
    console.log(
      'query'.padEnd(36),
      'ours'.padStart(10),
      'req',
      'Pagefind'.padStart(10),
      'req',
      ' ratio',
    );
    for (const r of rows) {
      console.log(
        r.q.padEnd(36),
        kB(r.ours.bytes).padStart(10),
        String(r.ours.requests).padStart(3),
        kB(r.theirs.bytes).padStart(10),
        String(r.theirs.requests).padStart(3),
        (r.ours.bytes / r.theirs.bytes).toFixed(2).padStart(6),
      );
    }
    const ourBytes = rows.map((r) => r.ours.bytes);
    const theirBytes = rows.map((r) => r.theirs.bytes);
    console.log(
      `median: ours ${kB(percentile(ourBytes, 50))}, Pagefind ${kB(percentile(theirBytes, 50))}, ` +
        `ratio ${(percentile(ourBytes, 50) / percentile(theirBytes, 50)).toFixed(2)}; ` +
        `max: ours ${kB(Math.max(...ourBytes))}, Pagefind ${kB(Math.max(...theirBytes))}`,
    );

    const url = `${server.url}bench/latency.html`;
    const mine = await latencies(browser, url, 'benchOurs');
    const theirs = await latencies(browser, url, 'benchPagefind');
    console.log(
      `\nquery latency with the index parts loaded (20 queries × 5 runs, search + display data of 10):` +
        `\n  ours:     p50 ${percentile(mine, 50).toFixed(1)} ms, p95 ${percentile(mine, 95).toFixed(1)} ms` +
        `\n  Pagefind: p50 ${percentile(theirs, 50).toFixed(1)} ms, p95 ${percentile(theirs, 95).toFixed(1)} ms` +
        `\n  ratio p95: ${(percentile(mine, 95) / percentile(theirs, 95)).toFixed(2)}`,
    );
    const bytesOk = ourBytes.every((b, i) => b <= (theirBytes[i] ?? 0));
    console.log(
      `\ntargets: bytes per first query ≤ Pagefind's for every query: ${bytesOk ? 'yes' : 'NO'}; ` +
        `p95 ≤ 50 ms: ${percentile(mine, 95) <= 50 ? 'yes' : 'NO'}` +
        (indexSeconds === null ? '' : `; index build ≤ 20 s: ${indexSeconds <= 20 ? 'yes' : 'NO'}`),
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main(process.argv[2]);
}
