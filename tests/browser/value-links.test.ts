// A value page's "within this value" counts in a real Chromium: each count links to the search
// for the plans having both values, and the search finds exactly that many.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildTestSite, type BuiltSite } from '../site/site-build.ts';
import { launchBrowser, serveDir, type ServedDir } from './browser.ts';

const prefix = '/archive/';
let browser: Browser | null = null;
let served: ServedDir | null = null;
let site: BuiltSite;

beforeAll(async () => {
  browser = await launchBrowser();
  if (!browser) return;
  site = await buildTestSite('value-links', { pathPrefix: prefix });
  served = await serveDir(site.output, prefix);
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
  await site?.remove();
});

describe('counts within a value', () => {
  it('lead to a search whose result count equals the count shown', async (ctx) => {
    if (!browser || !served) return ctx.skip();
    const page = await browser.newPage();
    await page.goto(new URL('types/learning-plan/', served.url).href);
    const links = await page.$$eval('.others li', (items) =>
      items.flatMap((li) => {
        const a = li.querySelector('a');
        const count = li.querySelector('.count')?.textContent ?? '';
        return a ? [{ href: a.getAttribute('href') ?? '', count: Number(count) }] : [];
      }),
    );
    const shown: [string, number][] = [];
    const found: [string, number][] = [];
    for (const link of links.filter((l) => l.href.includes('/search/?')).slice(0, 4)) {
      await page.goto(new URL(link.href, served.url).href);
      await page.waitForFunction(
        () => document.getElementById('results')?.dataset.state === 'ready',
      );
      const status = (await page.textContent('#search-status')) ?? '';
      shown.push([link.href, link.count]);
      found.push([link.href, Number(/^(\d+) plans? found/.exec(status)?.[1] ?? -1)]);
    }
    expect(shown.length).toBeGreaterThan(1);
    expect(found).toEqual(shown);
    await page.close();
  });
});
