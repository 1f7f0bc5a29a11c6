// A browse page with more values than fit a phone (the themes): the most used first, every value
// A-Z behind one click, and a filter box that narrows the list without a round trip.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { longListMin } from '../../src/site/pages/value-list.ts';
import { facet, makePlan } from '../helpers/plan.ts';
import { launchBrowser, runAxe, serveRecords, type ServedDir } from './browser.ts';

const prefix = '/archive/';
const themes = Array.from(
  { length: longListMin + 20 },
  (_, i) => `Theme ${i} ${i % 2 ? 'water' : 'land'}`,
);
const plans = themes.map((theme, i) =>
  makePlan({ id: `p${i}`, title: `Plan ${i}`, thematicAreas: [facet(theme), facet('Water use')] }),
);

let browser: Browser | null = null;
let served: ServedDir | null = null;

beforeAll(async () => {
  browser = await launchBrowser();
  if (!browser) return;
  served = await serveRecords('long-list', plans, prefix);
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

async function themesPage(javaScript: boolean): Promise<Page> {
  if (!browser || !served) throw new Error('no browser');
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    javaScriptEnabled: javaScript,
  });
  const page = await context.newPage();
  await page.goto(new URL('themes/', served.url).href);
  return page;
}

const visibleLinks = (page: Page) =>
  page.$$eval('#a-z-list .letter li a', (links) =>
    links.filter((a) => a.checkVisibility()).map((a) => a.textContent),
  );

describe('a long browse page', () => {
  it('lists the most used value first', async (ctx) => {
    if (!browser) return ctx.skip();
    const page = await themesPage(true);
    expect(await page.textContent('#popular-heading + .columns li a')).toBe('Water use');
    await page.close();
  });

  it('narrows the A-Z list to the values holding the typed text', async (ctx) => {
    if (!browser) return ctx.skip();
    const page = await themesPage(true);
    await page.fill('#list-filter', 'WATER');
    expect((await visibleLinks(page)).length).toBe(themes.length / 2 + 1);
    expect(await page.textContent('#list-filter-status')).toBe(`61 of ${themes.length + 1} match`);
    await page.close();
  });

  it('opens the whole A-Z list with one click when JavaScript is off', async (ctx) => {
    if (!browser) return ctx.skip();
    const page = await themesPage(false);
    const before = (await visibleLinks(page)).length;
    await page.click('#a-z-list summary');
    expect([
      before,
      (await visibleLinks(page)).length,
      await page.isVisible('#list-filter'),
    ]).toEqual([0, themes.length + 1, false]);
    await page.close();
  });

  it('has no serious accessibility violations', async (ctx) => {
    if (!browser) return ctx.skip();
    const page = await themesPage(true);
    await page.click('#a-z-list summary');
    expect((await runAxe(page)).map((v) => `${v.impact} ${v.id}`)).toEqual([]);
    await page.close();
  });
});
