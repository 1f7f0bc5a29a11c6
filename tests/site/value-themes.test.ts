// A value's themes page: only for values with more themes than their page lists (10, and 100
// more behind a disclosure), every theme A-Z, each linked to the plans having both values.
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/site/config.ts';
import { buildSiteModel } from '../../src/site/pages/model.ts';
import { facet, makePlan } from '../helpers/plan.ts';

const config = resolveConfig();
const topic = (i: number): string => `Topic ${String(i).padStart(3, '0')}`;

/**
 * Peru: 111 plans of 2023, one topic each, the first three on "Water" too (112 themes). Chile:
 * 110 solutions of 2022, one topic each (110 themes, all its page shows).
 */
const plans = [
  ...Array.from({ length: 111 }, (_, i) =>
    makePlan({
      id: `peru${i}`,
      countries: ['Peru'],
      thematicAreas: [facet(topic(i)), ...(i < 3 ? [facet('Water')] : [])],
    }),
  ),
  ...Array.from({ length: 110 }, (_, i) =>
    makePlan({
      id: `chile${i}`,
      year: 2022,
      type: 'solution',
      countries: ['Chile'],
      thematicAreas: [facet(topic(i))],
    }),
  ),
];
const model = buildSiteModel(plans, config);
const peru = model.valueThemes.find((v) => v.url === '/countries/peru/themes/');

/** Each theme's slug, as its own page's URL gives it. */
const themeSlug = new Map(
  model.browse
    .find((b) => b.facet.name === 'theme')!
    .entries.map((e) => [e.label, /^\/themes\/([^/]+)\/$/.exec(e.url ?? '')?.[1]]),
);

describe('value themes pages', () => {
  it('are made only for the values with more themes than their page lists', () => {
    expect(model.valueThemes.map((v) => v.url)).toEqual([
      '/countries/peru/themes/',
      '/years/2023/themes/',
      '/types/learning-plan/themes/',
    ]);
  });

  it('list every theme within the value A-Z with its count there', () => {
    expect(peru?.entries.map((e) => [e.label, e.count])).toEqual([
      ...Array.from({ length: 111 }, (_, i) => [topic(i), 1]),
      ['Water', 3],
    ]);
  });

  it('link each theme to the search for the plans having the value and the theme', () => {
    expect(peru?.entries.map((e) => e.url)).toEqual(
      peru?.entries.map((e) => `/search/?country=peru&theme=${themeSlug.get(e.label)}`),
    );
    expect(peru?.entries.at(-1)?.url).toBe('/search/?country=peru&theme=water');
  });

  it('put the most used themes first in their long list', () => {
    expect(peru?.long?.popular[0]).toMatchObject({ label: 'Water', count: 3 });
  });

  it('lead back to the value page', () => {
    expect(peru?.own).toMatchObject({ label: 'Peru', url: '/countries/peru/', plans: 111 });
  });

  it('are linked from the value page\'s "and N more" after the 110 themes it lists', () => {
    const page = model.values.find((v) => v.url === '/countries/peru/page/2/');
    const themes = page?.others.find((o) => o.facet === 'theme');
    expect([themes?.values.length, themes?.rest.length, themes?.more, themes?.moreUrl]).toEqual([
      10,
      100,
      2,
      '/countries/peru/themes/',
    ]);
  });

  it('leave no "and N more" on a value page that lists all its themes', () => {
    const chile = model.values.find((v) => v.url === '/countries/chile/');
    const themes = chile?.others.find((o) => o.facet === 'theme');
    expect([themes?.rest.length, themes?.more, themes?.moreUrl]).toEqual([100, 0, null]);
  });

  it('are in the sitemap paths', () => {
    expect(model.paths).toEqual(expect.arrayContaining(model.valueThemes.map((v) => v.url)));
  });

  it('never share a path with a value page, however the value or a place is named', () => {
    const named = [
      ...plans,
      // A place named "Themes" has the value page /countries/themes/, and "Page" /countries/page/.
      ...['Themes', 'Page'].map((place, i) => makePlan({ id: `named${i}`, countries: [place] })),
    ];
    const paths = buildSiteModel(named, config).paths;
    expect(paths).toEqual(
      expect.arrayContaining(['/countries/themes/', '/countries/page/', '/countries/peru/themes/']),
    );
    expect(new Set(paths).size).toBe(paths.length);
  });
});
