import { describe, expect, it } from 'vitest';
import { compileFilters, filterRefs } from '../../src/client/filters.ts';
import {
  countryHref,
  decodeMapData,
  placeCounts,
  planHref,
  plansAt,
  shapeCounts,
} from '../../src/client/map/model.ts';
import { buildMapData } from '../../src/site/map/data.ts';
import { facet, makePlan } from '../helpers/plan.ts';

const kenya = { country: 'Kenya', lat: 0.5, lng: 37.9 };
const peru = { country: 'Peru', lat: -9.2, lng: -75 };
const plans = [
  makePlan({ id: 'a', countries: ['Kenya'], locations: [kenya], methods: [facet('Mapping')] }),
  makePlan({ id: 'b', countries: ['Kenya', 'Peru'], locations: [kenya, peru], year: 2022 }),
  makePlan({ id: 'c', countries: ['Peru'], locations: [peru], type: 'solution' }),
  makePlan({ id: 'd', countries: ['Honshu'], locations: [] }),
];
const built = buildMapData(plans, { prefix: '/archive/', tileLayer: null });
const model = decodeMapData(built.data, built.plans);
const all = [0, 1, 2, 3];
const select = (filters: Parameters<typeof compileFilters>[0]): number[] =>
  filterRefs(model.table, all, compileFilters(filters, model.table));

describe('placeCounts', () => {
  it('counts every plan-location pair of the selected plans per place', () => {
    expect(placeCounts(model, all)).toEqual([
      { place: 0, count: 2 },
      { place: 1, count: 2 },
    ]);
  });

  it('leaves out the places no selected plan has', () => {
    expect(placeCounts(model, [0])).toEqual([{ place: 0, count: 1 }]);
  });
});

describe('filtering the map with the search filters', () => {
  it('narrows the places to the plans of a type', () => {
    expect(placeCounts(model, select({ type: ['solution'] }))).toEqual([{ place: 1, count: 1 }]);
  });

  it('narrows the places to the plans of a year', () => {
    expect(placeCounts(model, select({ year: ['2022'] }))).toEqual([
      { place: 0, count: 1 },
      { place: 1, count: 1 },
    ]);
  });

  it('ANDs two facets', () => {
    expect(select({ country: ['kenya'], method: ['mapping'] })).toEqual([0]);
  });

  it('ORs two values of one facet', () => {
    expect(select({ type: ['solution', 'learningplan'] })).toEqual(all);
  });
});

describe('plansAt', () => {
  it('lists the selected plans at a place once each, in ref order', () => {
    expect(plansAt(model, all, 1)).toEqual([1, 2]);
  });
});

describe('shapeCounts', () => {
  it('counts plans per country shape, a region under its country', () => {
    const byShape = shapeCounts(model, all);
    expect(byShape.get('404')).toEqual([0, 1]);
    expect(byShape.get('604')).toEqual([1, 2]);
    expect(byShape.get('392')).toEqual([3]);
  });
});

describe('links', () => {
  it('puts the path prefix before a plan page', () => {
    expect(planHref(model.data, 'water-in-lima')).toBe('/archive/plans/water-in-lima/');
  });

  it('links a country to its browse page', () => {
    const code = model.table.values.country.findIndex((v) => v.key === 'peru');
    expect(countryHref(model.data, code)).toBe('/archive/countries/peru/');
  });
});
