// The map page and the plan map in Chromium, on a small hand-made site and, when present, on
// the shared corpus. Expected figures are computed from the records here, not by the map code.
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFromRecords } from '../../src/build.ts';
import { loadFolder } from '../../src/load/folder.ts';
import type { LearningPlan } from '../../src/record/schema.ts';
import { resolveConfig } from '../../src/site/config.ts';
import { publishedPlans } from '../../src/site/pages/model.ts';
import { facet, makePlan } from '../helpers/plan.ts';
import { buildMapSite } from '../map/site.ts';
import { launchBrowser, layoutShift, runAxe, serveDir, type ServedDir } from './browser.ts';

const kenya = { country: 'Kenya', lat: 0.5, lng: 37.9 };
const uganda = { country: 'Uganda', lat: 1.4, lng: 32.3 };
const peru = { country: 'Peru', lat: -9.2, lng: -75 };
const wales = { country: 'Wales', lat: 52.3, lng: -3.6 };
const fiji = { country: 'Fiji', lat: -17.7, lng: 178 };

const records: LearningPlan[] = [
  makePlan({
    id: 'kenya-water',
    title: 'Water in Kenya',
    countries: ['Kenya'],
    locations: [kenya, { ...kenya }],
    methods: [facet('Mapping')],
    year: 2023,
  }),
  makePlan({
    id: 'east-africa',
    title: 'Markets of East Africa',
    countries: ['Kenya', 'Uganda'],
    locations: [kenya, uganda],
    type: 'solution',
    year: 2022,
  }),
  makePlan({
    id: 'lima-air',
    title: '<img src=x onerror="window.__xss = 1">Air in Lima',
    countries: ['Peru'],
    locations: [peru],
    type: 'solution',
    sdgs: [{ goal: 11, label: 'Sustainable cities' }],
  }),
  makePlan({
    id: 'welsh-farms',
    title: 'Farms in Wales',
    countries: ['Wales'],
    locations: [wales],
  }),
  makePlan({ id: 'fiji-reefs', title: 'Reefs of Fiji', countries: ['Fiji'], locations: [fiji] }),
  makePlan({ id: 'nowhere', title: 'A plan without a place' }),
  makePlan({
    id: 'draft-chad',
    title: 'A draft in Chad',
    countries: ['Chad'],
    locations: [{ country: 'Chad', lat: 15, lng: 19 }],
    draft: true,
  }),
];

interface Expected {
  places: number;
  locations: number;
}

/** Distinct points and plan-location pairs, straight from the records. */
function expected(plans: LearningPlan[]): Expected {
  const points = new Set<string>();
  let locations = 0;
  for (const plan of plans) {
    const pairs = new Set(plan.locations.map((l) => `${l.country}|${l.lat},${l.lng}`));
    locations += pairs.size;
    for (const l of plan.locations) points.add(`${l.lat},${l.lng}`);
  }
  return { places: points.size, locations };
}

interface OpenedMap {
  page: Page;
  errors: string[];
  outside: string[];
}

async function openMap(browser: Browser, url: string): Promise<OpenedMap> {
  const page = await browser.newPage();
  const errors: string[] = [];
  const outside: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/*', (route) => {
    const host = new URL(route.request().url()).hostname;
    if (host === '127.0.0.1') return route.continue();
    outside.push(route.request().url());
    return route.abort();
  });
  await page.goto(url);
  await page.waitForSelector('#map[data-state="ready"]', { state: 'attached', timeout: 30_000 });
  return { page, errors, outside };
}

async function mapFigures(page: Page): Promise<Expected> {
  const data = await page.$eval('#map', (e) => ({ ...(e as HTMLElement).dataset }));
  return { places: Number(data.places), locations: Number(data.locations) };
}

let browser: Browser | null = null;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('the map page on a small site', () => {
  let dir = '';
  let served: ServedDir | null = null;
  const published = publishedPlans(records);

  beforeAll(async () => {
    if (!browser) return;
    dir = await mkdtemp(join(tmpdir(), 'map-site-'));
    await buildFromRecords(records, {
      output: dir,
      config: resolveConfig({ pathPrefix: '/archive/' }),
      quiet: true,
    });
    served = await serveDir(dir, '/archive/');
  });

  afterAll(async () => {
    await served?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const mapUrl = (query = ''): string => `${served?.url ?? ''}map/${query}`;

  it('draws one place per distinct point of the published plans', async ({ skip }) => {
    if (!browser) return skip();
    const { page } = await openMap(browser, mapUrl());
    expect((await mapFigures(page)).places).toBe(expected(published).places);
    await page.close();
  });

  it("sums the places' counts to the plan-location pairs", async ({ skip }) => {
    if (!browser) return skip();
    const { page } = await openMap(browser, mapUrl());
    expect((await mapFigures(page)).locations).toBe(expected(published).locations);
    await page.close();
  });

  it('changes the counts to what the records say when a filter is ticked', async ({ skip }) => {
    if (!browser) return skip();
    const { page } = await openMap(browser, mapUrl());
    await page.click('summary:has-text("Type")');
    await page.check('input[name="type"][value="solution"]');
    await page.waitForFunction(() => document.getElementById('map')?.dataset.places === '3');
    expect(await mapFigures(page)).toEqual(
      expected(published.filter((p) => p.type === 'solution')),
    );
    expect(new URL(page.url()).searchParams.get('type')).toBe('solution');
    await page.close();
  });

  it('shows beside each filter value the number of plans the records give it', async ({ skip }) => {
    if (!browser) return skip();
    const { page } = await openMap(browser, mapUrl());
    await page.waitForSelector('input[name="type"][value="solution"]', { state: 'attached' });
    const count = await page.$eval(
      'input[name="type"][value="solution"]',
      (box) => box.parentElement?.querySelector('.map-facet__count')?.textContent,
    );
    expect(count).toBe(`(${published.filter((p) => p.type === 'solution').length})`);
    await page.close();
  });

  it('reads its filters from the URL', async ({ skip }) => {
    if (!browser) return skip();
    const { page } = await openMap(browser, mapUrl('?sdg=11'));
    expect(await mapFigures(page)).toEqual(
      expected(published.filter((p) => p.sdgs.some((s) => s.goal === 11))),
    );
    await page.close();
  });

  it('narrows the places to the plans the search engine finds for words', async ({ skip }) => {
    if (!browser) return skip();
    const { page } = await openMap(browser, mapUrl());
    await page.fill('#map-q', 'lima');
    await page.waitForFunction(() => document.getElementById('map')?.dataset.places === '1');
    expect(await mapFigures(page)).toEqual({ places: 1, locations: 1 });
    expect(new URL(page.url()).searchParams.get('q')).toBe('lima');
    await page.close();
  });

  it('reads words from the URL', async ({ skip }) => {
    if (!browser) return skip();
    const { page } = await openMap(browser, mapUrl('?q=reefs'));
    await page.waitForFunction(() => document.getElementById('map')?.dataset.places === '1');
    expect(await page.inputValue('#map-q')).toBe('reefs');
    await page.close();
  });

  it('links to search with the same filters', async ({ skip }) => {
    if (!browser) return skip();
    const { page } = await openMap(browser, mapUrl('?type=solution'));
    await page.waitForFunction(() =>
      (document.getElementById('map-search-link') as HTMLAnchorElement).href.includes('type='),
    );
    const href = await page.$eval('#map-search-link', (a) => a.getAttribute('href'));
    expect(href).toBe('/archive/search/?type=solution');
    await page.close();
  });

  it('labels places with their name and number of plans', async ({ skip }) => {
    if (!browser) return skip();
    const { page } = await openMap(browser, mapUrl('?view=list'));
    const labels = await page.$$eval('.map-list__place', (els) => els.map((e) => e.textContent));
    expect(labels).toContain('Kenya: 2 plans');
    expect(labels).toContain('Peru: 1 plan');
    await page.close();
  });

  it("lists a place's plans with links to plan pages that exist", async ({ skip }) => {
    if (!browser) return skip();
    const { page } = await openMap(browser, mapUrl('?view=list'));
    await page.click('.map-list__place:has-text("Kenya")');
    await page.waitForSelector('#map-panel .map-panel__list a');
    const links = await page.$$eval('#map-panel a', (as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual([
      '/archive/countries/kenya/',
      '/archive/plans/kenya-water/',
      '/archive/plans/east-africa/',
    ]);
    for (const link of links) {
      const path = join(dir, (link ?? '').replace('/archive/', ''), 'index.html');
      expect(existsSync(path), path).toBe(true);
    }
    await page.close();
  });

  it("draws the places without each plan's data, and fetches it when a place opens", async ({
    skip,
  }) => {
    if (!browser) return skip();
    const page = await browser.newPage();
    const json: string[] = [];
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.endsWith('.json')) json.push(path.replace(/\/[0-9a-f]{12}\//, '/{build}/'));
    });
    await page.goto(mapUrl('?view=list'));
    await page.waitForSelector('#map[data-state="ready"]', { state: 'attached', timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const first = [...json];
    await page.click('.map-list__place:has-text("Kenya")');
    await page.waitForSelector('#map-panel .map-panel__list a');
    expect([first.sort(), json.includes('/archive/assets/map/{build}/plans.json')]).toEqual([
      ['/archive/assets/map/data.json', '/archive/assets/map/world.json'],
      true,
    ]);
    await page.close();
  });

  it('shows a title with markup as text', async ({ skip }) => {
    if (!browser) return skip();
    const { page } = await openMap(browser, mapUrl('?view=list'));
    await page.click('.map-list__place:has-text("Peru")');
    const title = await page.waitForSelector('#map-panel .map-panel__list a');
    expect(await title.textContent()).toBe('<img src=x onerror="window.__xss = 1">Air in Lima');
    expect(await page.evaluate(() => 'xss' in window || '__xss' in window)).toBe(false);
    await page.close();
  });

  it('opens a focused place with Enter and moves focus to its list', async ({ skip }) => {
    if (!browser) return skip();
    const { page } = await openMap(browser, mapUrl());
    await page.focus('.map-count--place[aria-label^="Peru"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#map-panel:not([hidden]) .map-panel__list a');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Peru: 1 plan');
    await page.close();
  });

  it('labels clusters with the sum of their places', async ({ skip }) => {
    if (!browser) return skip();
    const { page } = await openMap(browser, mapUrl());
    const clusters = await page.$$eval('.map-count--cluster', (els) =>
      els.map((e) => e.getAttribute('aria-label')),
    );
    // Kenya and Uganda are a few pixels apart at the world view.
    expect(clusters).toEqual(['Kenya, Uganda: 3 plans']);
    await page.close();
  });

  it('zooms into a focused cluster with Enter', async ({ skip }) => {
    if (!browser) return skip();
    const { page } = await openMap(browser, mapUrl());
    await page.focus('.map-count--cluster');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.map-count--place[aria-label="Uganda: 1 plan"]');
    // The cluster icon fades out with the zoom animation.
    await page.waitForFunction(() => document.querySelectorAll('.map-count--cluster').length === 0);
    await page.close();
  });

  it('has no serious or critical accessibility violation in the countries view', async ({
    skip,
  }) => {
    if (!browser) return skip();
    const { page } = await openMap(browser, mapUrl('?view=countries'));
    await page.waitForSelector('.map-legend li');
    expect(await runAxe(page)).toEqual([]);
    await page.close();
  });

  it('shades the countries of the selected plans in the countries view', async ({ skip }) => {
    if (!browser) return skip();
    const { page } = await openMap(browser, mapUrl('?view=countries'));
    await page.waitForSelector('.map-legend li');
    // Kenya, Uganda, Peru, the United Kingdom (Wales) and Fiji.
    expect(await page.$$eval('path.leaflet-interactive', (ps) => ps.length)).toBe(5);
    await page.close();
  });

  it('renders with every request outside the site blocked, and makes none', async ({ skip }) => {
    if (!browser) return skip();
    const { page, outside } = await openMap(browser, mapUrl());
    await page.waitForSelector('#map[data-basemap="drawn"]', { state: 'attached' });
    expect(outside).toEqual([]);
    await page.close();
  });

  it('logs no console error', async ({ skip }) => {
    if (!browser) return skip();
    const { page, errors } = await openMap(browser, mapUrl());
    await page.waitForSelector('#map[data-basemap="drawn"]', { state: 'attached' });
    await page.click('summary:has-text("Type")');
    await page.check('input[name="type"][value="solution"]');
    await page.focus('.map-count');
    await page.keyboard.press('Enter');
    await page.waitForLoadState('networkidle');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('has no serious or critical accessibility violation with a place open', async ({ skip }) => {
    if (!browser) return skip();
    const { page } = await openMap(browser, mapUrl());
    await page.waitForSelector('#map[data-basemap="drawn"]', { state: 'attached' });
    await page.focus('.map-count--place');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#map-panel .map-panel__list a');
    expect(await runAxe(page)).toEqual([]);
    await page.close();
  });

  it('has no serious or critical accessibility violation in the list view', async ({ skip }) => {
    if (!browser) return skip();
    const { page } = await openMap(browser, mapUrl('?view=list'));
    expect(await runAxe(page)).toEqual([]);
    await page.close();
  });

  /** The layout shifts of the map page opened at this size, once it has drawn it all. */
  async function shiftAt(width: number, height: number): Promise<number> {
    if (!browser) throw new Error('no browser');
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(mapUrl());
    // The basemap comes last, after the places, the filters and the status.
    await page.waitForSelector('#map[data-basemap="drawn"]', { state: 'attached' });
    const shift = await layoutShift(page, 500);
    await page.close();
    return shift;
  }

  it('does not shift its layout while it loads and draws on a phone', async ({ skip }) => {
    if (!browser) return skip();
    expect(await shiftAt(390, 844)).toBe(0);
  });

  it('does not shift its layout while it loads and draws on a desktop', async ({ skip }) => {
    if (!browser) return skip();
    expect(await shiftAt(1280, 800)).toBe(0);
  });

  it('links to the country browse page without JavaScript', async ({ skip }) => {
    if (!browser) return skip();
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(mapUrl());
    const href = await page.$eval('main a[href$="/countries/"]', (a) => a.getAttribute('href'));
    expect(href).toBe('/archive/countries/');
    expect(await page.isVisible('#map-page')).toBe(false);
    await context.close();
  });

  it('opens the map page centred where the plan page map links', async ({ skip }) => {
    if (!browser) return skip();
    const page = await browser.newPage();
    await page.goto(`${served?.url ?? ''}plans/fiji-reefs/`);
    const href = await page.$eval('.plan-map a', (a) => (a as HTMLAnchorElement).href);
    const at = new URL(href).searchParams.get('at')?.split(',').map(Number) ?? [];
    await page.goto(href);
    await page.waitForSelector('#map[data-state="ready"]', { state: 'attached', timeout: 30_000 });
    expect(new URL(page.url()).searchParams.get('at')).toBe(at.join(','));
    // Fiji's marker sits near the middle of the map, not at the edge of a world view.
    const offset = await page.$eval('#map', (map) => {
      const box = map.getBoundingClientRect();
      const marker = map.querySelector('[aria-label^="Fiji"]')?.getBoundingClientRect();
      if (!marker) return null;
      const dx = marker.x + marker.width / 2 - (box.x + box.width / 2);
      const dy = marker.y + marker.height / 2 - (box.y + box.height / 2);
      return Math.max(Math.abs(dx) / box.width, Math.abs(dy) / box.height);
    });
    expect(offset).not.toBeNull();
    expect(offset!).toBeLessThan(0.2);
    expect(at[1]).toBeGreaterThan(170);
    await page.close();
  });

  it('prints the map without its controls or filters', async ({ skip }) => {
    if (!browser) return skip();
    const { page } = await openMap(browser, mapUrl());
    expect(await page.isVisible('.leaflet-control-zoom')).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.leaflet-control-zoom')).toBe(false);
    expect(await page.isVisible('#map-filters')).toBe(false);
    expect(await page.isVisible('#map')).toBe(true);
    await page.close();
  });

  it('draws the plan map as inline SVG without JavaScript', async ({ skip }) => {
    if (!browser) return skip();
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${served?.url ?? ''}plans/east-africa/`);
    expect(await page.isVisible('.plan-map svg')).toBe(true);
    expect(await page.$$eval('.plan-map svg circle', (els) => els.length)).toBe(2);
    expect(await page.textContent('.place-list')).toContain('Uganda');
    await context.close();
  });
});

describe('the map page with a tile layer configured', () => {
  let dir = '';
  let served: ServedDir | null = null;

  beforeAll(async () => {
    if (!browser) return;
    dir = await mkdtemp(join(tmpdir(), 'map-tiles-'));
    const tileLayer = {
      url: 'https://tiles.example.org/{z}/{x}/{y}.png',
      // The site's configuration is trusted to credit the tiles, not to run anything.
      attribution:
        'Example tiles <a href="https://tiles.example.org/terms">terms</a>' +
        '<img src="x" onerror="window.attributionRan = true">',
    };
    await buildMapSite(records.slice(0, 2), dir, { tileLayer });
    served = await serveDir(dir, '/');
  });

  afterAll(async () => {
    await served?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('asks the tile server for tiles and credits it', async ({ skip }) => {
    if (!browser) return skip();
    const { page, outside } = await openMap(browser, `${served?.url ?? ''}map/`);
    await page.waitForFunction(() =>
      document.querySelector('.leaflet-control-attribution')?.textContent?.includes('Example'),
    );
    expect(outside.some((url) => url.startsWith('https://tiles.example.org/'))).toBe(true);
    await page.close();
  });

  it('shows the attribution as text and links, with nothing that runs', async ({ skip }) => {
    if (!browser) return skip();
    const { page } = await openMap(browser, `${served?.url ?? ''}map/`);
    const attribution = page.locator('.leaflet-control-attribution');
    await attribution.getByText('terms').waitFor();
    expect(await attribution.locator('a[href="https://tiles.example.org/terms"]').count()).toBe(1);
    expect(await attribution.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => 'attributionRan' in window)).toBe(false);
    await page.close();
  });
});

const corpusDir = join(process.cwd(), '..', 'shared', 'corpus', 'sdg-commons');
const hasCorpus = existsSync(corpusDir);
if (!hasCorpus) {
  console.warn(`Skipping the map's corpus tests: no corpus at ${corpusDir}`);
}

describe.skipIf(!hasCorpus)('the map page on the shared corpus', () => {
  let dir = '';
  let served: ServedDir | null = null;
  let published: LearningPlan[] = [];

  beforeAll(async () => {
    if (!browser) return;
    const { records: all } = await loadFolder(corpusDir, { cacheDir: '.cache/parse' });
    published = publishedPlans(all);
    dir = await mkdtemp(join(tmpdir(), 'map-corpus-'));
    // Pages for a few plans keep the build short; the map data covers the whole corpus.
    await buildMapSite(all, dir, {}, published.slice(0, 5));
    served = await serveDir(dir, '/');
  });

  afterAll(async () => {
    await served?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('draws the distinct points and sums the plan-location pairs', async ({ skip }) => {
    if (!browser) return skip();
    const { page } = await openMap(browser, `${served?.url ?? ''}map/`);
    expect(await mapFigures(page)).toEqual(expected(published));
    await page.close();
  });

  it('counts what the records say for a filter from the URL', async ({ skip }) => {
    if (!browser) return skip();
    const { page } = await openMap(browser, `${served?.url ?? ''}map/?type=solution`);
    expect(await mapFigures(page)).toEqual(
      expected(published.filter((p) => p.type === 'solution')),
    );
    await page.close();
  });

  it('renders offline with no console error and links to published plans', async ({ skip }) => {
    if (!browser) return skip();
    const { page, errors, outside } = await openMap(
      browser,
      `${served?.url ?? ''}map/?view=list&type=solution`,
    );
    const slugs = new Set(published.map((p) => `/plans/${encodeURIComponent(p.slug)}/`));
    const listed = (): Promise<string[]> =>
      page.$$eval('#map-panel .map-panel__list a', (as) =>
        as.map((a) => a.getAttribute('href') ?? ''),
      );
    // The place with the most plans, so its list has several pages.
    await page.click('.map-list__place >> nth=0');
    await page.waitForSelector('#map-panel .map-panel__list a');
    const first = await listed();
    await page.click('.map-panel__pager button:has-text("Next")');
    await page.waitForSelector('#map-panel .map-panel__list[start="21"] a');
    const second = await listed();
    expect(first).toHaveLength(20);
    expect(second.length).toBeGreaterThan(0);
    expect([...first, ...second].filter((l) => !slugs.has(l))).toEqual([]);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
