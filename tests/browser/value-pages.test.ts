// Value pages and the home page in a real Chromium on a phone-sized screen: each "within this
// value" count links to the search for the plans having both values, and the search finds
// exactly that many; the page links are large enough to tap; the home charts are readable.
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
  site = await buildTestSite('value-pages', { pathPrefix: prefix, pageSize: 3 });
  served = await serveDir(site.output, prefix);
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
  await site?.remove();
});

describe('value pages', () => {
  it('link counts within a value to a search whose result count equals the count shown', async (ctx) => {
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

  it('shows page links above and below the cards, each at least 24 px square', async (ctx) => {
    if (!browser || !served) return ctx.skip();
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(new URL('types/learning-plan/page/2/', served.url).href);
    const navs = await page.$$eval('nav.pagination', (els) =>
      els.map((nav) => {
        const cards = document.querySelector('.cards')!;
        const where = nav.compareDocumentPosition(cards) & Node.DOCUMENT_POSITION_FOLLOWING;
        const targets = [...nav.querySelectorAll('a, [aria-current]')].map((el) => {
          const box = el.getBoundingClientRect();
          return Math.min(box.width, box.height);
        });
        return { above: where !== 0, smallest: Math.min(...targets) };
      }),
    );
    expect(navs.map((n) => n.above)).toEqual([true, false]);
    expect(Math.min(...navs.map((n) => n.smallest))).toBeGreaterThanOrEqual(24);
    await page.close();
  });

  it('draws the home charts on a phone with text of at least 12 px, every bar a link', async (ctx) => {
    if (!browser || !served) return ctx.skip();
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(served.url);
    const bars = await page.$$eval('.bar-chart li', (items) =>
      items.map((li) => ({
        px: Math.min(
          ...[...li.querySelectorAll('.bar-label, .bar-value')].map((el) =>
            parseFloat(getComputedStyle(el).fontSize),
          ),
        ),
        linked: li.querySelector('a') !== null,
        value: li.querySelector('.bar-value')?.textContent ?? '',
      })),
    );
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(bars.length).toBeGreaterThan(17);
    expect(Math.min(...bars.map((b) => b.px))).toBeGreaterThanOrEqual(12);
    // A goal no plan names has no page, so its empty bar is no link.
    expect(bars.filter((b) => b.value !== '0' && !b.linked)).toEqual([]);
    expect(wide).toBeLessThanOrEqual(390);
    await page.close();
  });
});
