// Shared helpers for the real-browser tests: launch Debian's Chromium through playwright-core,
// serve a built site from a loopback-only static server, and run axe-core in a page.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildFromRecords } from '../../src/build.ts';
import type { LearningPlan } from '../../src/record/schema.ts';
import { resolveConfig } from '../../src/site/config.ts';

export const chromiumPath = '/usr/bin/chromium';

const launchArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/**
 * Chromium, or null (with a message) when it is not installed outside CI; in CI a missing
 * browser is a failure, so the browser tests cannot silently skip there.
 */
export async function launchBrowser(): Promise<Browser | null> {
  if (!existsSync(chromiumPath)) {
    if (process.env.CI === 'true') {
      throw new Error(
        `No Chromium at ${chromiumPath}; CI must install it: apt-get install chromium`,
      );
    }
    console.warn(
      `Skipping browser tests: no Chromium at ${chromiumPath}. Install it with: apt-get install chromium`,
    );
    return null;
  }
  return chromium.launch({ executablePath: chromiumPath, args: launchArgs, headless: true });
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export interface ServedDir {
  /** Base URL including the prefix, ending in a slash: http://127.0.0.1:PORT/archive/ */
  url: string;
  close: () => Promise<void>;
}

async function fileAt(path: string): Promise<string | null> {
  try {
    const info = await stat(path);
    if (info.isFile()) return path;
    if (info.isDirectory()) {
      const index = join(path, 'index.html');
      if ((await stat(index).catch(() => null))?.isFile()) return index;
    }
  } catch {
    // missing: the caller answers 404
  }
  return null;
}

/** Types a static host sends compressed; images and fonts are compressed already. */
const compressible = /^(?:text\/|application\/(?:json|geo\+json|xml)|image\/svg)/;

/**
 * Serve `dir` under `prefix` on 127.0.0.1 at a random port, with 404.html for misses. With
 * `gzip`, text is sent gzip-compressed to a client that accepts it, as a static host does.
 */
export async function serveDir(
  dir: string,
  prefix = '/',
  { gzip = false }: { gzip?: boolean } = {},
): Promise<ServedDir> {
  const root = resolve(dir);
  const base = prefix.endsWith('/') ? prefix : `${prefix}/`;
  const server = createServer((req, res) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      let found: string | null = null;
      if (pathname.startsWith(base) || `${pathname}/` === base) {
        const rest = pathname.slice(base.length);
        const target = normalize(join(root, rest));
        if (target === root || target.startsWith(root + sep)) found = await fileAt(target);
      }
      if (found) {
        const type = contentTypes[extname(found).toLowerCase()] ?? 'application/octet-stream';
        const body = await readFile(found);
        if (
          gzip &&
          compressible.test(type) &&
          /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')
        ) {
          res.writeHead(200, {
            'content-type': type,
            'content-encoding': 'gzip',
            vary: 'accept-encoding',
          });
          res.end(gzipSync(body));
          return;
        }
        res.writeHead(200, { 'content-type': type });
        res.end(body);
        return;
      }
      const notFound = await fileAt(join(root, '404.html'));
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(notFound ? await readFile(notFound) : 'Not found');
    })().catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

interface AxeRawResult {
  violations: {
    id: string;
    impact?: string | null;
    help: string;
    nodes: { target: unknown[] }[];
  }[];
}

const require = createRequire(import.meta.url);

/** Inject axe-core into the page and return its serious and critical violations. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  const axe = require('axe-core') as { source: string };
  await page.addScriptTag({ content: axe.source });
  const result = (await page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document) => Promise<unknown> } };
    return w.axe.run(document);
  })) as AxeRawResult;
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
}

const tmpRoot = fileURLToPath(new URL('../.tmp/', import.meta.url));

/** Build a site from hand-made records into a temporary folder and serve it under `prefix`. */
export async function serveRecords(
  name: string,
  plans: LearningPlan[],
  prefix: string,
): Promise<ServedDir> {
  await mkdir(tmpRoot, { recursive: true });
  const output = join(await mkdtemp(join(tmpRoot, `${name}-`)), 'site');
  await buildFromRecords(plans, {
    output,
    config: resolveConfig({ pathPrefix: prefix }),
    quiet: true,
  });
  return serveDir(output, prefix);
}

/**
 * The sum of a page's layout shifts so far, and over `settleMs` more. Buffered: the shifts
 * that happened while the page loaded count too.
 */
export function layoutShift(page: Page, settleMs: number): Promise<number> {
  return page.evaluate(
    (wait) =>
      new Promise<number>((done) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            sum += (entry as PerformanceEntry & { value: number }).value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => done(sum), wait);
      }),
    settleMs,
  );
}
