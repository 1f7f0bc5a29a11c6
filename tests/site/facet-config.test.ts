// Integration: a site whose configuration renames the country pages and leaves out methods and
// themes. Every link follows the configuration: templates, the map's data and the nav.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countryHref } from '../../src/client/map/model.ts';
import { mapFiles, type MapData } from '../../src/common/map-format.ts';
import {
  facetFiles,
  type FacetValuesFile,
  type SearchManifest,
} from '../../src/common/search-format.ts';
import { htmlFiles, internalUrls, loadDocument, resolveInternal } from './inspect.ts';
import { buildTestSite, type BuiltSite } from './site-build.ts';

let site: BuiltSite;

beforeAll(async () => {
  site = await buildTestSite('facets', {
    facets: [
      { name: 'country', label: 'Pays', singular: 'Pays', path: 'pays' },
      { name: 'sdg', label: 'SDGs', singular: 'SDG', path: 'sdgs' },
      { name: 'year', label: 'Years', singular: 'Year', path: 'years' },
    ],
  });
});

afterAll(async () => {
  await site?.remove();
});

async function mapData(): Promise<MapData> {
  return JSON.parse(await readFile(join(site.output, 'assets', mapFiles.data), 'utf8')) as MapData;
}

async function brokenLinks(built: BuiltSite): Promise<string[]> {
  const broken: string[] = [];
  for (const file of await htmlFiles(built.output)) {
    const doc = await loadDocument(built.output, file);
    for (const url of internalUrls(doc)) {
      if (resolveInternal(built.output, '/', url) === null) broken.push(`${file}: ${url}`);
    }
  }
  return broken;
}

describe('a site with its own facet configuration', () => {
  it('links every internal href of every page to a built file', async () => {
    expect(await brokenLinks(site)).toEqual([]);
  });

  it('offers only the configured facets on the search page without JavaScript', async () => {
    const doc = await loadDocument(site.output, 'search/index.html');
    const links = [...doc.querySelectorAll('.search-noscript a')].map((a) => [
      a.textContent,
      a.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ['pays', '/pays/'],
      ['SDG', '/sdgs/'],
      ['year', '/years/'],
    ]);
  });

  it('names the renamed facet in the filters of the search and map data', async () => {
    const search = join(site.output, 'search');
    const manifest = JSON.parse(
      await readFile(join(search, 'manifest.json'), 'utf8'),
    ) as SearchManifest;
    const facets = JSON.parse(
      await readFile(join(search, manifest.build, facetFiles.values), 'utf8'),
    ) as FacetValuesFile;
    expect([facets.titles.country, (await mapData()).facets.titles.country]).toEqual([
      'Pays',
      'Pays',
    ]);
  });

  it('links the map to the renamed country pages', async () => {
    const doc = await loadDocument(site.output, 'map/index.html');
    expect(doc.querySelector('noscript a')?.getAttribute('href')).toBe('/pays/');
    const data = await mapData();
    const kenya = data.facets.values.country.findIndex((v) => v.label === 'Kenya');
    expect(kenya).toBeGreaterThanOrEqual(0);
    const href = countryHref(data, kenya);
    expect(href).toMatch(/^\/pays\/[a-z0-9-]+\/$/);
    expect(resolveInternal(site.output, '/', href as string)).not.toBeNull();
  });
});

describe('a site without country pages', () => {
  let bare: BuiltSite;

  beforeAll(async () => {
    bare = await buildTestSite('no-countries', {
      facets: [{ name: 'year', label: 'Years', singular: 'Year', path: 'years' }],
    });
  });

  afterAll(async () => {
    await bare?.remove();
  });

  it('links every internal href of every page to a built file', async () => {
    expect(await brokenLinks(bare)).toEqual([]);
  });

  it('gives places on the map no link to a country page', async () => {
    const data = JSON.parse(
      await readFile(join(bare.output, 'assets', mapFiles.data), 'utf8'),
    ) as MapData;
    expect(data.countries.path).toBeNull();
    expect(countryHref(data, 0)).toBeNull();
  });

  it('does not link the map page to country pages', async () => {
    const doc = await loadDocument(bare.output, 'map/index.html');
    expect(doc.querySelector('a[href="/countries/"]')).toBeNull();
  });
});
