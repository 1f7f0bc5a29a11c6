// Map benchmark on the whole shared corpus in Chromium: the size of the map's data (raw and
// gzip), the bytes the map page fetched (as served here, uncompressed, and what the same files
// weigh gzip-compressed, as a static host would send them), and the time from navigation to
// places drawn (the page records `performance.now()` when its markers are added, on the map
// container as `data-drawn-ms`). One warm-up load, then fresh browser contexts (empty cache).
// Run: tsx bench/map.ts [siteDir [pathPrefix]]   (without siteDir it builds a map site from the
// corpus: the map page, a few plan pages and the map data of every plan)
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { loadFolder } from '../src/load/folder.ts';
import { publishedPlans } from '../src/site/pages/model.ts';
import { launchBrowser, serveDir } from '../tests/browser/browser.ts';
import { buildMapSite } from '../tests/map/site.ts';
import { median } from './stats.ts';

const repo = fileURLToPath(new URL('../', import.meta.url));
const corpus = resolve(repo, '../shared/corpus/sdg-commons');
const runs = 7;
const targetMs = 400;
const targetDataGzip = 150_000;

export interface MapBench {
  places: number;
  locations: number;
  dataRaw: number;
  dataGzip: number;
  fetchedRaw: number;
  fetchedGzip: number;
  requests: number;
  drawnMs: number[];
  medianMs: number;
}

interface Load {
  drawnMs: number;
  places: number;
  locations: number;
  /** Site paths fetched, with the body bytes received. */
  fetched: Map<string, number>;
}

async function loadMap(browser: Browser, origin: string, mapUrl: string): Promise<Load> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched = new Map<string, number>();
  await page.route('**/*', (route) =>
    new URL(route.request().url()).origin === origin ? route.continue() : route.abort(),
  );
  page.on('requestfinished', (request) => {
    void request.sizes().then((sizes) => {
      fetched.set(new URL(request.url()).pathname, sizes.responseBodySize);
    });
  });
  await page.goto(mapUrl);
  await page.waitForSelector('#map[data-state="ready"]', { state: 'attached', timeout: 60_000 });
  // Everything the page fetches on its own, the country shapes included.
  await page.waitForLoadState('networkidle');
  const data = await page.$eval('#map', (e) => ({ ...(e as HTMLElement).dataset }));
  await context.close();
  return {
    drawnMs: Number(data.drawnMs),
    places: Number(data.places),
    locations: Number(data.locations),
    fetched,
  };
}

async function gzipSize(path: string): Promise<{ raw: number; gzip: number }> {
  const bytes = await readFile(path);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const kB = (n: number): string => `${(n / 1000).toFixed(1)} kB`;

async function corpusSite(): Promise<string> {
  const { records } = await loadFolder(corpus, { cacheDir: join(repo, '.cache/parse') });
  const dir = await mkdtemp(join(tmpdir(), 'plan-archive-map-bench-'));
  await buildMapSite(records, dir, {}, publishedPlans(records).slice(0, 5));
  return dir;
}

export async function main(siteDir?: string, prefix = '/'): Promise<MapBench | null> {
  if (siteDir === undefined && !existsSync(corpus)) {
    console.log(`map bench skipped: no corpus at ${corpus} and no site folder given`);
    return null;
  }
  const browser = await launchBrowser();
  if (!browser) {
    console.log('map bench skipped: no Chromium');
    return null;
  }
  const dir = siteDir === undefined ? await corpusSite() : resolve(siteDir);
  const served = await serveDir(dir, prefix);
  try {
    const origin = new URL(served.url).origin;
    const mapUrl = `${served.url}map/`;
    await loadMap(browser, origin, mapUrl);
    const loads: Load[] = [];
    for (let i = 0; i < runs; i++) loads.push(await loadMap(browser, origin, mapUrl));
    const last = loads[loads.length - 1] as Load;

    const assets = join(dir, 'assets', 'map');
    const data = await gzipSize(join(assets, 'data.json'));
    const world = await gzipSize(join(assets, 'world.json'));
    let fetchedRaw = 0;
    let fetchedGzip = 0;
    const rows: string[] = [];
    for (const [path, bytes] of last.fetched) {
      const file = join(dir, path.slice(prefix.length));
      const size = existsSync(file)
        ? await gzipSize(file.endsWith('/') ? join(file, 'index.html') : file)
        : null;
      fetchedRaw += bytes;
      fetchedGzip += size?.gzip ?? bytes;
      rows.push(
        `    ${path.padEnd(40)} ${kB(bytes).padStart(10)} ${size ? kB(size.gzip).padStart(10) : ''}`,
      );
    }
    const drawnMs = loads.map((l) => l.drawnMs);
    const medianMs = median(drawnMs);
    const minMs = Math.min(...drawnMs);

    console.log(
      `map: ${last.places} places, ${last.locations.toLocaleString('en')} plan-location pairs`,
    );
    console.log(
      `map data: data.json ${kB(data.raw)} raw, ${kB(data.gzip)} gzip; country shapes ${kB(world.raw)} raw, ` +
        `${kB(world.gzip)} gzip; together ${kB(data.gzip + world.gzip)} gzip ` +
        `(target ≤ ${kB(targetDataGzip)}: ${data.gzip + world.gzip <= targetDataGzip ? 'met' : 'missed'})`,
    );
    console.log(
      `map page fetched: ${last.fetched.size} requests, ${kB(fetchedRaw)} as served (uncompressed), ` +
        `${kB(fetchedGzip)} gzip-compressed`,
    );
    console.log(`    ${'path'.padEnd(40)} ${'served'.padStart(10)} ${'gzip'.padStart(10)}`);
    for (const row of rows) console.log(row);
    console.log(
      `time from navigation to places drawn: median ${medianMs} ms, best ${minMs} ms over ${runs} ` +
        `fresh loads (${drawnMs.join(', ')} ms; target ≤ ${targetMs} ms: ` +
        `${medianMs <= targetMs ? 'met' : 'missed'}; load average ${loadavg()[0]?.toFixed(1)} ` +
        `on ${availableParallelism()} cores)`,
    );
    return {
      places: last.places,
      locations: last.locations,
      dataRaw: data.raw + world.raw,
      dataGzip: data.gzip + world.gzip,
      fetchedRaw,
      fetchedGzip,
      requests: last.fetched.size,
      drawnMs,
      medianMs,
    };
  } finally {
    await served.close();
    await browser.close();
    if (siteDir === undefined) await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await main(process.argv[2], process.argv[3]);
}
