// Page weight per page type on a built site, as a reader on a phone gets it: each page loaded in
// Chromium (390x844) from a loopback server that gzips text as a static host does, counting the
// requests and the compressed bytes received (images apart), then Lighthouse 12.8's mobile
// scores per page type when Lighthouse is installed (a dev dependency; it drives the same
// Chromium). Prints figures and targets; asserts nothing.
// Run: tsx bench/pages.ts siteDir
import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { glob } from 'tinyglobby';
import type { Browser } from 'playwright-core';
import { chromiumPath, launchBrowser, serveDir } from '../tests/browser/browser.ts';
import { median } from './stats.ts';

const run = promisify(execFile);
const planTarget = 30_000;
const lighthouseTarget = 95;
const mapPerformanceTarget = 90;
/** The flags every Chromium here runs with (tests/browser/browser.ts), plus headless. */
const chromeFlags =
  '--headless=new --no-sandbox --disable-gpu --disable-background-networking ' +
  '--disable-component-update --no-first-run';

interface PageType {
  name: string;
  path: string;
  /** What says the page is ready: its lazy parts loaded. */
  ready: string | null;
}

export interface PageWeight {
  name: string;
  path: string;
  requests: number;
  /** Compressed bytes received, images not counted; and the images' bytes. */
  bytes: number;
  imageBytes: number;
}

export type Scores = Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;

/** The plan page of median size: a typical plan, not the longest or the shortest. */
async function typicalPlan(site: string): Promise<string> {
  const files = await glob('plans/*/index.html', { cwd: site });
  const sized = files.map((f) => ({ f, size: statSync(join(site, f)).size }));
  sized.sort((a, b) => a.size - b.size || (a.f < b.f ? -1 : 1));
  const middle = sized[Math.floor(sized.length / 2)];
  if (!middle) throw new Error(`no plan pages in ${site}`);
  return `/${dirname(middle.f)}/`;
}

async function pageTypes(site: string): Promise<PageType[]> {
  const value = existsSync(join(site, 'countries/kenya/index.html'))
    ? '/countries/kenya/'
    : `/${dirname((await glob('countries/*/index.html', { cwd: site })).sort()[0] ?? '')}/`;
  return [
    { name: 'home', path: '/', ready: null },
    { name: 'plan', path: await typicalPlan(site), ready: null },
    { name: 'value', path: value, ready: null },
    { name: 'browse', path: '/themes/', ready: null },
    { name: 'search', path: '/search/?q=climate', ready: '#results[data-state="ready"]' },
    { name: 'map', path: '/map/', ready: '#map[data-state="ready"]' },
  ];
}

async function weigh(browser: Browser, base: string, type: PageType): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const origin = new URL(base).origin;
  await page.route('**/*', (route) =>
    new URL(route.request().url()).origin === origin ? route.continue() : route.abort(),
  );
  const sizes: Promise<{ image: boolean; bytes: number }>[] = [];
  page.on('requestfinished', (request) => {
    sizes.push(
      request.sizes().then((s) => ({
        image: request.resourceType() === 'image',
        bytes: s.responseBodySize + s.responseHeadersSize,
      })),
    );
  });
  await page.goto(new URL(type.path.slice(1), base).href, { waitUntil: 'networkidle' });
  if (type.ready) await page.waitForSelector(type.ready, { state: 'attached', timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  await context.close();
  const all = await Promise.all(sizes);
  const sum = (image: boolean): number =>
    all.filter((s) => s.image === image).reduce((n, s) => n + s.bytes, 0);
  return {
    name: type.name,
    path: type.path,
    requests: all.length,
    bytes: sum(false),
    imageBytes: sum(true),
  };
}

function lighthouseCli(): string | null {
  try {
    const pkg = createRequire(import.meta.url).resolve('lighthouse/package.json');
    return join(dirname(pkg), 'cli', 'index.js');
  } catch {
    return null;
  }
}

async function lighthouse(cli: string, url: string): Promise<Scores> {
  const { stdout } = await run(
    process.execPath,
    [
      cli,
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=${chromeFlags}`,
    ],
    { env: { ...process.env, CHROME_PATH: chromiumPath }, maxBuffer: 256 * 1024 * 1024 },
  );
  const report = JSON.parse(stdout) as {
    categories: Record<keyof Scores, { score: number | null }>;
  };
  const score = (k: keyof Scores): number => Math.round((report.categories[k].score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
  };
}

const kB = (n: number): string => `${(n / 1000).toFixed(1)} kB`;

export async function main(
  site: string,
  lighthouseRuns = 3,
): Promise<{ weights: PageWeight[]; scores: Map<string, Scores> }> {
  const browser = await launchBrowser();
  if (!browser) return { weights: [], scores: new Map() };
  const served = await serveDir(site, '/', { gzip: true });
  const scores = new Map<string, Scores>();
  try {
    const types = await pageTypes(site);
    const weights: PageWeight[] = [];
    for (const type of types) weights.push(await weigh(browser, served.url, type));
    await browser.close();
    console.log('page weight at 390x844, gzip as a static host sends it (headers included):');
    console.log(
      `    ${'page'.padEnd(8)} ${'requests'.padStart(8)} ${'bytes'.padStart(10)} ${'images'.padStart(9)}  path`,
    );
    for (const w of weights) {
      console.log(
        `    ${w.name.padEnd(8)} ${String(w.requests).padStart(8)} ${kB(w.bytes).padStart(10)} ` +
          `${kB(w.imageBytes).padStart(9)}  ${w.path}`,
      );
    }
    const plan = weights.find((w) => w.name === 'plan');
    if (plan) {
      console.log(
        `plan page ${kB(plan.bytes)} before images (target ≤ ${kB(planTarget)}: ` +
          `${plan.bytes <= planTarget ? 'met' : 'missed'})`,
      );
    }

    const cli = lighthouseCli();
    if (!cli) {
      console.log('Lighthouse scores skipped: lighthouse is not installed (npm ci installs it).');
      return { weights, scores };
    }
    console.log(
      `Lighthouse 12.8 mobile, median of ${lighthouseRuns} runs per page type ` +
        `(load average ${loadavg()[0]?.toFixed(1)}):`,
    );
    console.log(`    ${'page'.padEnd(8)} perf a11y best  seo  target`);
    for (const type of types) {
      const runs: Scores[] = [];
      for (let i = 0; i < lighthouseRuns; i++) {
        runs.push(await lighthouse(cli, new URL(type.path.slice(1), served.url).href));
      }
      const mid = (k: keyof Scores): number => median(runs.map((r) => r[k]));
      const s: Scores = {
        performance: mid('performance'),
        accessibility: mid('accessibility'),
        'best-practices': mid('best-practices'),
        seo: mid('seo'),
      };
      scores.set(type.name, s);
      const perfTarget = type.name === 'map' ? mapPerformanceTarget : lighthouseTarget;
      const met =
        s.performance >= perfTarget &&
        s.accessibility >= lighthouseTarget &&
        s['best-practices'] >= lighthouseTarget &&
        s.seo >= lighthouseTarget;
      console.log(
        `    ${type.name.padEnd(8)} ${String(s.performance).padStart(4)} ` +
          `${String(s.accessibility).padStart(4)} ${String(s['best-practices']).padStart(4)} ` +
          `${String(s.seo).padStart(4)}  perf ≥ ${perfTarget}, others ≥ ${lighthouseTarget}: ` +
          `${met ? 'met' : 'missed'} (perf runs ${runs.map((r) => r.performance).join(', ')})`,
      );
    }
    return { weights, scores };
  } finally {
    await browser.close();
    await served.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const site = process.argv[2];
  if (!site) throw new Error('usage: tsx bench/pages.ts siteDir [lighthouseRuns]');
  await main(site, Number(process.argv[3] ?? 3));
}
