// A real Chromium reads the built site: home, a plan, a browse page and a value page load with
// no console errors and no failed requests, and axe finds no serious or critical violations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildTestSite, type BuiltSite } from '../site/site-build.ts';
import { launchBrowser, runAxe, serveDir, type ServedDir } from './browser.ts';

const prefix = '/archive/';
let browser: Browser | null = null;
let served: ServedDir | null = null;
let site: BuiltSite;

beforeAll(async () => {
  browser = await launchBrowser();
  if (!browser) return;
  site = await buildTestSite('browser', { pathPrefix: prefix });
  served = await serveDir(site.output, prefix);
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
  await site?.remove();
});

interface Visit {
  errors: string[];
  axe: string[];
}

async function visit(path: string): Promise<Visit> {
  if (!browser || !served) throw new Error('no browser');
  const page: Page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => errors.push(`failed: ${r.url()}`));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${r.status()}: ${r.url()}`);
  });
  // Loopback only: anything else (tiles, fonts, trackers) is blocked and would be reported.
  await page.route('**/*', (route) =>
    new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
  );
  // networkidle: lazy parts (the plan map) are in place before axe looks, so results do not race.
  await page.goto(new URL(path, served.url).href, { waitUntil: 'networkidle' });
  const axe = (await runAxe(page)).map(
    (v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.join(', ')})`,
  );
  await page.close();
  return { errors, axe };
}

function plansOf(): string {
  const plan = site.loaded.records.find((r) => !r.draft && r.sections.length > 0);
  return `plans/${plan?.slug}/`;
}

describe('the built site in Chromium', () => {
  for (const [name, path] of [
    ['the home page', () => ''],
    ['a plan page', plansOf],
    ['a browse page', () => 'countries/'],
    ['a value page', () => 'types/learning-plan/'],
    ['the About page', () => 'about/'],
  ] as const) {
    it(`shows ${name} without errors or serious accessibility violations`, async (ctx) => {
      if (!browser) return ctx.skip();
      const result = await visit(path());
      expect(result.errors).toEqual([]);
      expect(result.axe).toEqual([]);
    });
  }

  it('decodes both favicons the pages link as images', async (ctx) => {
    if (!browser || !served) return ctx.skip();
    const page = await browser.newPage();
    await page.goto(new URL('about/', served.url).href);
    const widths = await page.evaluate(() =>
      Promise.all(
        [...document.querySelectorAll<HTMLLinkElement>('link[rel="icon"]')].map(
          (link) =>
            new Promise<number>((resolve) => {
              const img = new Image();
              img.onload = () => resolve(img.naturalWidth);
              img.onerror = () => resolve(0);
              img.src = link.href;
            }),
        ),
      ),
    );
    await page.close();
    expect(widths).toEqual([16, 16]);
  });
});
