// The one facet table and what derives from it: the configuration's default facets, the filters
// and their headings.
import { describe, expect, it } from 'vitest';
import { facetTitles, filterFacets } from '../../src/common/facets.ts';
import { defaultFacets, resolveConfig } from '../../src/site/config.ts';

describe('the facet table', () => {
  it('gives a site without configuration browse pages for every facet that has them', () => {
    expect(defaultFacets.map((f) => `${f.singular}: /${f.path}/`)).toEqual([
      'Country: /countries/',
      'Method: /methods/',
      'Data source: /datasources/',
      'SDG: /sdgs/',
      'Theme: /themes/',
      'Year: /years/',
      'Type: /types/',
    ]);
  });

  it('orders the filters of search and map as the table says', () => {
    expect(filterFacets).toEqual([
      'type',
      'year',
      'region',
      'country',
      'method',
      'datasource',
      'sdg',
    ]);
  });

  it('heads a filter with the singular the configuration gives its facet', () => {
    const config = resolveConfig({
      facets: [{ name: 'country', label: 'Pays', singular: 'Pays', path: 'pays' }],
    });
    expect(facetTitles(config.facets).country).toBe('Pays');
  });

  it("keeps the table's heading for a facet the configuration leaves out", () => {
    const config = resolveConfig({
      facets: [{ name: 'country', label: 'Pays', singular: 'Pays', path: 'pays' }],
    });
    const titles = facetTitles(config.facets);
    expect([titles.method, titles.region]).toEqual(['Method', 'Region']);
  });
});
