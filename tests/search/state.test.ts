import { describe, expect, it } from 'vitest';
import {
  fieldFilters,
  mergeFilters,
  textOf,
  withFilterPart,
  withoutPart,
} from '../../src/client/search/state.ts';
import { encodeFacets } from '../../src/common/facet-codes.ts';
import { facetTitles } from '../../src/common/facets.ts';
import type { FacetData } from '../../src/common/search-format.ts';
import { facetValues } from '../../src/site/facets/values.ts';
import { searchablePlans } from '../../src/site/search/build.ts';
import { fixturePlans } from './fixtures.ts';

const facets: FacetData = {
  ...encodeFacets(searchablePlans(fixturePlans), facetValues),
  titles: facetTitles(),
};

describe('one state for fielded words and filters', () => {
  it('reads a fielded word naming a filter value as that filter', () => {
    const parts = fieldFilters('solar country:Kenya', facets);
    expect(parts.map(({ facet, key }) => [facet, key])).toEqual([['country', 'kenya']]);
  });

  it('reads a quoted value of several words as one filter value', () => {
    const parts = fieldFilters('method:"behavioral insights"', facets);
    // The site's key: plural and singular are one value (src/common/variants.ts).
    expect(parts.map((p) => p.key)).toEqual(['behavioral insight']);
  });

  it('reads a value typed as the site writes its key as that filter value', () => {
    const parts = fieldFilters('method:"behavioral insight"', facets);
    expect(parts.map((p) => p.key)).toEqual(['behavioral insight']);
  });

  it('reads a value typed in another spelling and number as the value the site groups it under', () => {
    const parts = fieldFilters('method:"behavioural insight"', facets);
    expect(parts.map((p) => p.key)).toEqual(['behavioral insight']);
  });

  it('leaves a fielded word that names no value to the text search', () => {
    expect(fieldFilters('country:atlantis title:kenya', facets)).toEqual([]);
  });

  it('searches the words left once the filter parts are taken out', () => {
    const q = 'solar country:kenya kiosks';
    expect(textOf(q, fieldFilters(q, facets))).toBe('solar kiosks');
  });

  it('keeps the last word finished when a filter part followed it', () => {
    const q = 'solar country:kenya';
    expect(textOf(q, fieldFilters(q, facets))).toBe('solar ');
  });

  it('removes a part from the query when its chip is removed', () => {
    const q = 'solar country:kenya kiosks';
    const [part] = fieldFilters(q, facets);
    expect(part === undefined ? q : withoutPart(q, part)).toBe('solar kiosks');
  });

  it('ticks the same box for the typed field and the picked filter, once', () => {
    const parts = fieldFilters('country:kenya', facets);
    expect(mergeFilters({ country: ['kenya'], type: ['solution'] }, parts)).toEqual({
      country: ['kenya'],
      type: ['solution'],
    });
  });
});

describe('a ticked filter in the search box', () => {
  it('writes a ticked filter at the end of the query as field:value', () => {
    expect(withFilterPart('solar ', 'country', 'kenya', facets)).toBe('solar country:kenya');
  });

  it('writes a value of several words in quotes', () => {
    expect(withFilterPart('', 'method', 'behavioral insight', facets)).toBe(
      'method:"behavioral insight"',
    );
  });

  it('writes a filter that reads back as the same filter', () => {
    const q = withFilterPart('identity', 'method', 'behavioral insight', facets) ?? '';
    expect(fieldFilters(q, facets).map(({ facet, key }) => [facet, key])).toEqual([
      ['method', 'behavioral insight'],
    ]);
  });

  it('leaves to the URL a value that cannot be typed back', () => {
    expect(withFilterPart('solar', 'country', 'atlantis', facets)).toBeNull();
  });
});
