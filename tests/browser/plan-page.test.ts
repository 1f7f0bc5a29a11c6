// A plan page as a reader on a phone gets it (390×844 in Chromium): nothing moves once it has
// loaded, no script is fetched, and the facts come before the answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildTestSite, type BuiltSite } from '../site/site-build.ts';
import { launchBrowser, layoutShift, serveDir, type ServedDir } from './browser.ts';
import { items } from '../../src/record/summary.ts';

let browser: Browser | null = null;
let served: ServedDir | null = null;
let site: BuiltSite;

beforeAll(async () => {
  browser = await launchBrowser();
  if (!browser) return;
  site = await buildTestSite('plan-page', {});
  served = await serveDir(site.output, '/');
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
  await site?.remove();
});

/** The seed plan with places and the most answers: the longest page, with its small map. */
function longestPlan(): string {
  const plans = site.loaded.records.filter((r) => !r.draft && r.locations.length > 0);
  const answers = (r: (typeof plans)[number]): number =>
    items(r.sections).filter((i) => i.answer).length;
  const plan = plans.sort((a, b) => answers(b) - answers(a))[0];
  if (!plan) throw new Error('The seed has no plan with places');
  return `plans/${plan.slug}/`;
}

async function openOnPhone(scripts: string[] = []): Promise<Page> {
  if (!browser || !served) throw new Error('no browser');
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto(new URL(longestPlan(), served.url).href, { waitUntil: 'load' });
  return page;
}

describe('a plan page on a phone', () => {
  it('does not shift its layout after loading', async (ctx) => {
    if (!browser) return ctx.skip();
    const page = await openOnPhone();
    const shift = await layoutShift(page, 1000);
    expect(shift).toBe(0);
    await page.close();
  });

  it('loads no script', async (ctx) => {
    if (!browser) return ctx.skip();
    const scripts: string[] = [];
    const page = await openOnPhone(scripts);
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([]);
    await page.close();
  });

  it('holds no script element but its JSON-LD data block', async (ctx) => {
    if (!browser) return ctx.skip();
    const page = await openOnPhone();
    // JSON-LD is data that browsers never run; any other script element, inline or not, is code.
    const types = await page.$$eval('script', (els) => els.map((e) => e.getAttribute('type')));
    expect(types).toEqual(['application/ld+json']);
    await page.close();
  });

  it('shows the facts before the answers', async (ctx) => {
    if (!browser) return ctx.skip();
    const page = await openOnPhone();
    const top = (selector: string): Promise<number> =>
      page.$eval(selector, (e) => e.getBoundingClientRect().top + window.scrollY);
    const facts = await top('.plan-meta');
    expect(facts).toBeLessThan(await top('.qa'));
    expect(facts).toBeLessThan(844);
    await page.close();
  });
});

describe('a plan page on a wide screen', () => {
  it('shows the facts beside the answers', async (ctx) => {
    if (!browser || !served) return ctx.skip();
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(new URL(longestPlan(), served.url).href);
    const box = (selector: string) =>
      page.$eval(selector, (e) => {
        const r = e.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top };
      });
    const facts = await box('.plan-meta');
    const body = await box('.plan-body');
    expect(facts.left).toBeGreaterThanOrEqual(body.right);
    expect(facts.top).toBe(body.top);
    await page.close();
  });
});

describe('a printed plan page', () => {
  it('prints its address right under the title and no map link', async (ctx) => {
    if (!browser || !served) return ctx.skip();
    const page = await browser.newPage();
    await page.goto(new URL(longestPlan(), served.url).href);
    expect(await page.isVisible('.print-address')).toBe(false);
    await page.emulateMedia({ media: 'print' });
    const canonical = await page.$eval('link[rel=canonical]', (l) => l.getAttribute('href'));
    expect(await page.textContent('.print-address')).toBe(canonical);
    const next = await page.$eval('.plan-header h1', (h) => h.nextElementSibling?.className);
    expect(next).toBe('print-address');
    expect(await page.isVisible('.print-address')).toBe(true);
    expect(await page.isVisible('.plan-map svg')).toBe(true);
    expect(await page.isVisible('.plan-map figcaption')).toBe(false);
    await page.close();
  });
});
