import { describe, expect, it } from 'vitest';
import {
  compileFilters,
  countFacetValues,
  filterRefs,
  filtersEqual,
  readFilters,
  readSearchState,
  searchStateToQuery,
  toggleFilter,
  writeFilters,
} from '../../src/client/filters.ts';
import { encodeFacets } from '../../src/common/facet-codes.ts';
import { facetValues } from '../../src/site/facets/values.ts';
import { facet, makePlan } from '../helpers/plan.ts';

const plans = [
  makePlan({ id: 'a', countries: ['Kenya'], methods: [facet('Prototyping')], year: 2022 }),
  makePlan({ id: 'b', countries: ['Kenya', 'Peru'], methods: [facet('Mapping')], year: 2023 }),
  makePlan({ id: 'c', countries: ['Peru'], methods: [facet('Prototyping')], type: 'solution' }),
  makePlan({ id: 'd', countries: [], year: null, sdgs: [{ goal: 13, label: 'Climate' }] }),
];
const table = encodeFacets(plans, facetValues);
const all = [0, 1, 2, 3];

describe('URL state', () => {
  it('reads repeated facet parameters as several values', () => {
    expect(readFilters(new URLSearchParams('country=kenya&country=peru&x=1'))).toEqual({
      country: ['kenya', 'peru'],
    });
  });

  it('ignores empty and duplicate values', () => {
    expect(readFilters(new URLSearchParams('sdg=&sdg=13&sdg=13'))).toEqual({ sdg: ['13'] });
  });

  it('writes facet parameters and keeps the others', () => {
    const params = writeFilters(new URLSearchParams('view=map&country=chad'), {
      country: ['kenya'],
    });
    expect(params.toString()).toBe('view=map&country=kenya');
  });

  it('round-trips a query and filters through a query string', () => {
    const state = {
      q: 'côte d’ivoire',
      filters: { method: ['prototyping'], year: ['2023'] },
      themes: [],
    };
    expect(readSearchState(searchStateToQuery(state))).toEqual(state);
  });

  it('round-trips theme slugs, which are not facet filters, as theme parameters', () => {
    const state = { q: '', filters: { country: ['kenya'] }, themes: ['clean-water', 'food'] };
    const query = searchStateToQuery(state);
    expect([query, readSearchState(query)]).toEqual([
      '?country=kenya&theme=clean-water&theme=food',
      state,
    ]);
  });

  it('writes the empty state as an empty query string', () => {
    expect(searchStateToQuery({ q: '  ', filters: {}, themes: [] })).toBe('');
  });
});

describe('filter helpers', () => {
  it('toggles a value on and off', () => {
    const on = toggleFilter({}, 'country', 'kenya');
    expect(on).toEqual({ country: ['kenya'] });
    expect(toggleFilter(on, 'country', 'kenya')).toEqual({});
  });

  it('compares filters regardless of value order', () => {
    expect(filtersEqual({ country: ['a', 'b'] }, { country: ['b', 'a'] })).toBe(true);
  });
});

describe('facet codes', () => {
  it('gives each plan the codes of its facet values', () => {
    const kenya = table.values.country.findIndex((v) => v.key === 'kenya');
    const peru = table.values.country.findIndex((v) => v.key === 'peru');
    expect(table.codes.country[1]).toEqual([kenya, peru]);
  });

  it('orders years newest first', () => {
    expect(table.values.year.map((v) => v.key)).toEqual(['2023', '2022']);
  });
});

describe('matching', () => {
  it('ORs values within a facet', () => {
    const compiled = compileFilters({ country: ['kenya', 'peru'] }, table);
    expect(filterRefs(table, all, compiled)).toEqual([0, 1, 2]);
  });

  it('ANDs facets', () => {
    const compiled = compileFilters({ country: ['peru'], method: ['prototyping'] }, table);
    expect(filterRefs(table, all, compiled)).toEqual([2]);
  });

  it('matches no plan for an unknown key', () => {
    expect(filterRefs(table, all, compileFilters({ country: ['atlantis'] }, table))).toEqual([]);
  });
});

describe('counting', () => {
  const count = (f: 'country' | 'method', key: string, c: ReturnType<typeof countFacetValues>) =>
    c[f][table.values[f].findIndex((v) => v.key === key)];

  it('counts each value among the given plans', () => {
    const counts = countFacetValues(table, all);
    expect(count('country', 'kenya', counts)).toBe(2);
  });

  it('counts a facet without its own filter but with the others', () => {
    const compiled = compileFilters({ country: ['kenya'], method: ['prototyping'] }, table);
    const counts = countFacetValues(table, all, compiled);
    expect([count('country', 'peru', counts), count('method', 'mapping', counts)]).toEqual([1, 1]);
  });
});
