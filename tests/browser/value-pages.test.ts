// Value pages and the home page in a real Chromium on a phone-sized screen: each "within this
// value" count links to the search for the plans having both values, and the search finds
// exactly that many; the page links are large enough to tap; the home charts are readable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildTestSite, type BuiltSite } from '../site/site-build.ts';
import { launchBrowser, serveDir, type ServedDir } from './browser.ts';

const prefix = '/archive/';
let browser: Browser | null = null;
let served: ServedDir | null = null;
let site: BuiltSite;

/**
 * Hand-written plans in the corpus's format sharing a theme: three in Ghana, one in Togo, and one
 * in Ghana on another theme, so a theme's count within Ghana is neither its total nor Ghana's.
 */
const themed = Object.fromEntries(
  [
    ['Ghana', 'Waste pickers'],
    ['Ghana', 'Waste pickers'],
    ['Ghana', 'waste picker'],
    ['Togo', 'Waste pickers'],
    ['Ghana', 'Street vending'],
  ].map(([country, theme], i) => [
    `themed_${i}.md`,
    `# Market sorting round ${i + 1}\n\n[[year:202${i}]]\n\n[[type:solution]]\n\n` +
      `[[thematic_areas:${theme}]]\n[[country:${country}]]\n` +
      `[[latlng:${country === 'Ghana' ? '5.6037,-0.187' : '6.1375,1.2123'}]]\n\n` +
      `Sorters at the market weigh what they collect before selling it on.\n`,
  ]),
);

/**
 * Four plans in Benin on 30 topics each, two of them on "Harbour work" too, which a plan in Togo
 * has as well: 121 themes within Benin, more than its page lists, so they get a page of their own.
 */
const harbours = Object.fromEntries(
  [
    ...Array.from({ length: 4 }, (_, k) => ({
      country: 'Benin',
      themes: [
        ...Array.from({ length: 30 }, (_, j) => `Topic ${String(k * 30 + j).padStart(3, '0')}`),
        ...(k < 2 ? ['Harbour work'] : []),
      ],
    })),
    { country: 'Togo', themes: ['Harbour work'] },
  ].map(({ country, themes }, i) => [
    `harbour_${i}.md`,
    `# Harbour survey ${i + 1}\n\n[[year:2023]]\n\n[[type:solution]]\n\n` +
      themes.map((t) => `[[thematic_areas:${t}]]\n`).join('') +
      `[[country:${country}]]\n` +
      `[[latlng:${country === 'Benin' ? '6.3703,2.3912' : '6.1375,1.2123'}]]\n\n` +
      `Boat crews count the crates landed at the harbour each morning.\n`,
  ]),
);

/** The "within this value" counts of a page that link to a search, with the count shown. */
async function countLinks(page: Page, path: string): Promise<{ href: string; count: number }[]> {
  await page.goto(new URL(path, served!.url).href);
  const links = await page.$$eval('.others li', (items) =>
    items.flatMap((li) => {
      const a = li.querySelector('a');
      const count = li.querySelector('.count')?.textContent ?? '';
      return a ? [{ href: a.getAttribute('href') ?? '', count: Number(count) }] : [];
    }),
  );
  return links.filter((l) => l.href.includes('/search/?'));
}

/** The number of plans the search says it found at each link. */
async function foundAt(page: Page, links: { href: string }[]): Promise<[string, number][]> {
  const found: [string, number][] = [];
  for (const link of links) {
    await page.goto(new URL(link.href, served!.url).href);
    await page.waitForFunction(() => document.getElementById('results')?.dataset.state === 'ready');
    const status = (await page.textContent('#search-status')) ?? '';
    found.push([link.href, Number(/^(\d+) plans? found/.exec(status)?.[1] ?? -1)]);
  }
  return found;
}

beforeAll(async () => {
  browser = await launchBrowser();
  if (!browser) return;
  site = await buildTestSite(
    'value-pages',
    { pathPrefix: prefix, pageSize: 3 },
    { files: { ...themed, ...harbours } },
  );
  served = await serveDir(site.output, prefix);
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
  await site?.remove();
});

/** The count links of `path` whose URL holds `param`: their counts, each found by its search. */
async function expectFilteredLinksFindTheirCounts(
  path: string,
  param: string,
  counts: number[],
): Promise<void> {
  const page = await browser!.newPage();
  const links = (await countLinks(page, path)).filter((l) => l.href.includes(param));
  expect(links.map((l) => l.count).sort()).toEqual(counts);
  expect(await foundAt(page, links)).toEqual(links.map((l) => [l.href, l.count]));
  await page.close();
}

describe('value pages', () => {
  it('link counts within a value to a search whose result count equals the count shown', async (ctx) => {
    if (!browser || !served) return ctx.skip();
    const page = await browser.newPage();
    const links = (await countLinks(page, 'types/learning-plan/')).slice(0, 4);
    expect(links.length).toBeGreaterThan(1);
    expect(await foundAt(page, links)).toEqual(links.map((l) => [l.href, l.count]));
    await page.close();
  });

  it('links each theme count within a country to a search finding exactly that many plans', async (ctx) => {
    if (!browser || !served) return ctx.skip();
    await expectFilteredLinksFindTheirCounts('countries/ghana/', 'theme=', [1, 3]);
  });

  it('links "and N more" themes within a country to their page, whose theme links find exactly the plans of both', async (ctx) => {
    if (!browser || !served) return ctx.skip();
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(new URL('countries/benin/', served.url).href);
    await page.click('.others a[href$="/countries/benin/themes/"]');
    // A theme deep in the list: in the A-Z list, closed until asked for.
    await page.click('#a-z-list summary');
    const item = page.locator('#letter-H li', { hasText: 'Harbour work' });
    const count = Number(await item.locator('.count').textContent());
    await item.locator('a').click();
    await page.waitForFunction(() => document.getElementById('results')?.dataset.state === 'ready');
    const titles = await page.$$eval('#results a.result-link', (links) =>
      links.map((a) => a.textContent?.trim() ?? ''),
    );
    expect([count, titles.sort()]).toEqual([2, ['Harbour survey 1', 'Harbour survey 2']]);
    await page.close();
  });

  it('gives the themes page within a value one h1 and headings that never skip a level', async (ctx) => {
    if (!browser || !served) return ctx.skip();
    const page = await browser.newPage();
    await page.goto(new URL('countries/benin/themes/', served.url).href);
    const levels = await page.$$eval('h1, h2, h3, h4, h5, h6', (hs) =>
      hs.map((h) => Number(h.tagName[1])),
    );
    expect([levels[0], levels.filter((l) => l === 1).length]).toEqual([1, 1]);
    expect(levels.filter((l, i) => i > 0 && l - levels[i - 1]! > 1)).toEqual([]);
    await page.close();
  });

  it('links each country count within a theme to a search finding exactly that many plans', async (ctx) => {
    if (!browser || !served) return ctx.skip();
    await expectFilteredLinksFindTheirCounts('themes/waste-pickers/', 'country=', [1, 3]);
  });

  it('keeps a theme filter as a chip and in the link to the map, which says it is not applied', async (ctx) => {
    if (!browser || !served) return ctx.skip();
    const page = await browser.newPage();
    await page.goto(new URL('search/?theme=waste-pickers&country=ghana', served.url).href);
    await page.waitForFunction(() => document.getElementById('results')?.dataset.state === 'ready');
    const chips = await page.$$eval('.active-filter', (els) => els.map((e) => e.textContent));
    const mapHref = (await page.getAttribute('#search-map-link', 'href')) ?? '';
    await page.goto(new URL(mapHref, served.url).href);
    await page.waitForFunction(() =>
      /not applied/.test(document.getElementById('map-status')?.textContent ?? ''),
    );
    expect([chips.includes('Remove filter Theme: Waste pickers'), page.url()]).toEqual([
      true,
      expect.stringContaining('theme=waste-pickers'),
    ]);
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
