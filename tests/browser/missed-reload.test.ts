// A rebuild that finishes while a page is still loading sends its reload before the page has a
// socket to hear it. The overlay script (src/client/overlay.ts) learns from the dev server's
// reload count that it missed one and reloads (src/serve/dev-server.ts).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { bundleOverlay, DevServer } from '../../src/serve/dev-server.ts';
import { launchBrowser } from './browser.ts';

let browser: Browser | null = null;
let root: string;
let server: DevServer;
let url: string;

const page = (heading: string): string =>
  `<!doctype html><html><head><title>t</title></head><body><h1>${heading}</h1></body></html>`;

beforeAll(async () => {
  browser = await launchBrowser();
  root = await mkdtemp(join(tmpdir(), 'plan-archive-missed-reload-'));
  await writeFile(join(root, 'index.html'), page('Before the rebuild'));
  server = new DevServer(root, {
    host: '127.0.0.1',
    pathPrefix: '/',
    problems: () => ({ errors: [], errorCount: 0, failure: null }),
    overlayScript: await bundleOverlay(),
  });
  server.serve(0);
  await server.ready();
  url = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

test('a page served just before a rebuild reloads and shows the rebuilt page', async (context) => {
  if (!browser) return context.skip();
  const tab = await browser.newPage();
  let held = false;
  // Module scripts run in order, the overlay's first: while it is held, the dev server's reload
  // client has not run, so the page has no socket and the rebuild's reload is lost.
  await tab.route('**/.11ty/plan-archive-overlay.js*', async (route) => {
    if (!held) {
      held = true;
      await writeFile(join(root, 'index.html'), page('After the rebuild'));
      server.reload({ files: [] });
    }
    await route.continue();
  });
  let loads = 0;
  tab.on('load', () => (loads += 1));
  await tab.goto(url);
  await tab.getByRole('heading', { name: 'After the rebuild' }).waitFor({ timeout: 15_000 });
  await tab.waitForLoadState('networkidle');
  expect(loads).toBe(2);
  await tab.close();
});

test('a page served after the last reload does not reload again', async (context) => {
  if (!browser) return context.skip();
  const tab = await browser.newPage();
  let loads = 0;
  tab.on('load', () => (loads += 1));
  await tab.goto(url, { waitUntil: 'networkidle' });
  await tab.waitForTimeout(500);
  expect(loads).toBe(1);
  await tab.close();
});
