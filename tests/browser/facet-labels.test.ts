// A site whose configuration renames its facets: the search page and the map head their filters
// with the configured names, built into the site's data and read by the browser code.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFromRecords } from '../../src/build.ts';
import { resolveConfig } from '../../src/site/config.ts';
import { facet, makePlan } from '../helpers/plan.ts';
import { launchBrowser, serveDir, type ServedDir } from './browser.ts';

const kenya = { country: 'Kenya', lat: 0.5, lng: 37.9 };

// Every filter facet has a value, so every filter shows.
const records = [
  makePlan({
    id: 'kenya-water',
    title: 'Water in Kenya',
    countries: ['Kenya'],
    locations: [kenya],
    methods: [facet('Mapping')],
    datasources: [facet('Surveys')],
    sdgs: [{ goal: 6, label: 'Clean water' }],
  }),
];

const facets = [
  { name: 'type', label: 'Kinds', singular: 'Kind', path: 'kinds' },
  { name: 'year', label: 'Années', singular: 'Année', path: 'annees' },
  { name: 'country', label: 'Pays', singular: 'Pays', path: 'pays' },
  { name: 'method', label: 'Approaches', singular: 'Approach', path: 'approaches' },
  { name: 'datasource', label: 'Evidence', singular: 'Evidence', path: 'evidence' },
  { name: 'sdg', label: 'Goals', singular: 'Goal', path: 'goals' },
] as const;

// In the filters' own order; regions have no browse pages, so no configured name.
const renamed = ['Kind', 'Année', 'Region', 'Pays', 'Approach', 'Evidence', 'Goal'];

let browser: Browser | null = null;
let served: ServedDir | null = null;
let dir = '';

beforeAll(async () => {
  browser = await launchBrowser();
  if (!browser) return;
  dir = await mkdtemp(join(tmpdir(), 'facet-labels-'));
  await buildFromRecords(records, {
    output: dir,
    config: resolveConfig({ facets: [...facets] }),
    quiet: true,
  });
  served = await serveDir(dir);
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function open(path: string): Promise<Page> {
  if (!browser || !served) throw new Error('no browser');
  const page = await browser.newPage();
  await page.route('**/*', (route) =>
    new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
  );
  await page.goto(new URL(path, served.url).href);
  return page;
}

describe('a site with renamed facets, in Chromium', () => {
  it('heads the search filters with the configured names', async ({ skip }) => {
    if (!browser) return skip();
    // A query in the URL loads the index and shows the filters of its results.
    const page = await open('search/?q=water');
    await page.waitForSelector('fieldset.facet legend');
    const legends = await page.$$eval('fieldset.facet legend', (all) =>
      all.map((legend) => legend.textContent),
    );
    expect(legends).toEqual(renamed);
    await page.close();
  });

  it('heads the map filters with the configured names', async ({ skip }) => {
    if (!browser) return skip();
    const page = await open('map/');
    await page.waitForSelector('.map-facet summary', { state: 'attached' });
    const summaries = await page.$$eval('.map-facet summary', (all) =>
      all.map((summary) => summary.textContent),
    );
    expect(summaries).toEqual(renamed);
    await page.close();
  });
});
