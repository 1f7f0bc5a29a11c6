// Theme filters: one file per theme, named by the slug of its value page, read only by a search
// that filters on a theme; the files every search reads hold no theme.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SearchIndex } from '../../src/client/search/loader.ts';
import { filterFacets } from '../../src/common/facets.ts';
import { runSearch } from '../../src/client/search/run.ts';
import { facetFiles, unpackRefs, type ThemeFile } from '../../src/common/search-format.ts';
import { resolveConfig } from '../../src/site/config.ts';
import { buildSiteModel } from '../../src/site/pages/model.ts';
import { buildSearchData, searchablePlans } from '../../src/site/search/build.ts';
import { writeSearchIndex } from '../../src/site/search/write.ts';
import { serveDir, type ServedDir } from '../browser/browser.ts';
import { facet, makePlan } from '../helpers/plan.ts';

const themes = ['Clean Water', 'Food Security', 'Waste'];
const countries = ['Kenya', 'Peru'];
const records = Array.from({ length: 30 }, (_, i) =>
  makePlan({
    id: `p${i}`,
    title: `Plan ${i}`,
    year: 2016 + (i % 7),
    countries: [countries[i % 2] as string],
    // Plan 29 has no theme; the others one or two.
    thematicAreas:
      i === 29
        ? []
        : [facet(themes[i % 3] as string), ...(i % 5 === 0 ? [facet('clean water.')] : [])],
  }),
);
const plans = searchablePlans(records);
const data = buildSearchData(records);
const tmpRoot = fileURLToPath(new URL('../.tmp/', import.meta.url));
let dir = '';
let served: ServedDir;
let index: SearchIndex;

/** The refs of the plans passing `test`, in rank order (browsing: ref order). */
const refsWhere = (test: (plan: (typeof plans)[number]) => boolean): number[] =>
  plans.flatMap((plan, ref) => (test(plan) ? [ref] : []));
const hasTheme = (plan: (typeof plans)[number], name: string): boolean =>
  plan.thematicAreas.some((t) => t.value.toLowerCase().startsWith(name));

beforeAll(async () => {
  await mkdir(tmpRoot, { recursive: true });
  dir = await mkdtemp(join(tmpRoot, 'themes-'));
  await writeSearchIndex(records, dir);
  served = await serveDir(dir);
  index = await SearchIndex.open(`${served.url}search/`);
});

afterAll(async () => {
  await served.close();
  await rm(dir, { recursive: true, force: true });
});

describe('theme files', () => {
  it('names one file per theme by the slug of its value page', () => {
    const pages = buildSiteModel(records, resolveConfig())
      .values.filter((v) => v.url.startsWith('/themes/') && v.pageNumber === 1)
      .map((v) => facetFiles.theme(v.url.split('/')[2] as string));
    const files = [...data.files.keys()].filter((name) => name.startsWith('f/theme/'));
    expect(files.sort()).toEqual(pages.sort());
  });

  it('holds the label and the refs of the plans having the theme', () => {
    const file = JSON.parse(data.files.get(facetFiles.theme('clean-water')) ?? '{}') as ThemeFile;
    expect([file.label, unpackRefs(file.plans)]).toEqual([
      'Clean Water',
      refsWhere((p) => hasTheme(p, 'clean water')),
    ]);
  });

  it('leaves themes out of the values file and the code chunks every search reads', () => {
    const values = JSON.parse(data.files.get(facetFiles.values) ?? '{}') as object;
    const chunk = JSON.parse(data.files.get(facetFiles.codes(0)) ?? '[]') as unknown[];
    expect([JSON.stringify(values).includes('Clean Water'), chunk.length]).toEqual([
      false,
      filterFacets.length,
    ]);
  });
});

describe('searching with a theme filter', () => {
  it('keeps the plans having the theme and every other filter', async () => {
    const state = { q: '', filters: { country: ['kenya'] }, themes: ['clean-water'] };
    const outcome = await runSearch(index, state);
    expect(outcome.refs).toEqual(
      refsWhere((p) => hasTheme(p, 'clean water') && p.countries.includes('Kenya')),
    );
  });

  it('reads two themes as either of them', async () => {
    const outcome = await runSearch(index, {
      q: '',
      filters: {},
      themes: ['waste', 'food-security'],
    });
    expect(outcome.refs).toEqual(refsWhere((p) => hasTheme(p, 'waste') || hasTheme(p, 'food')));
  });

  it('applies the theme to words too', async () => {
    const outcome = await runSearch(index, { q: 'plan ', filters: {}, themes: ['waste'] });
    expect([...outcome.refs].sort((a, b) => a - b)).toEqual(refsWhere((p) => hasTheme(p, 'waste')));
  });

  it('counts the facets among the plans of the theme only', async () => {
    const outcome = await runSearch(index, { q: '', filters: {}, themes: ['food-security'] });
    const kenya = outcome.facets.values.country.findIndex((v) => v.key === 'kenya');
    expect((await outcome.counted()).counts.country[kenya]).toBe(
      refsWhere((p) => hasTheme(p, 'food') && p.countries.includes('Kenya')).length,
    );
  });

  it('finds nothing for a slug no theme has, and says which theme it was', async () => {
    const outcome = await runSearch(index, { q: '', filters: {}, themes: ['no-such-theme'] });
    expect([outcome.refs, outcome.themes]).toEqual([[], [{ slug: 'no-such-theme', theme: null }]]);
  });

  it('fetches nothing for a theme that cannot be a slug', async () => {
    expect(await index.theme('../values')).toBeNull();
  });
});
