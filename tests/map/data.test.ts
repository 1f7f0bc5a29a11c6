import { describe, expect, it } from 'vitest';
import { packCodes, unpackCodes } from '../../src/common/map-format.ts';
import { buildMapData, shapesOf } from '../../src/site/map/data.ts';
import { facet, makePlan } from '../helpers/plan.ts';

const plans = [
  makePlan({
    id: 'alpha',
    title: 'Alpha',
    countries: ['Kenya'],
    locations: [{ country: 'Kenya', lat: 0.512345678, lng: 37.9 }],
    methods: [facet('Prototyping'), facet('Mapping')],
  }),
  makePlan({
    id: 'beta',
    title: 'Beta',
    countries: ['Kenya', 'Wales'],
    locations: [
      { country: 'Kenya', lat: 0.512345678, lng: 37.9 },
      { country: 'Wales', lat: 52.3, lng: -3.6 },
    ],
    year: 2021,
  }),
  makePlan({ id: 'gamma', title: 'Gamma', countries: [], locations: [] }),
];
const build = (titleChunk = 64) =>
  buildMapData(plans, { prefix: '/archive/', tileLayer: null, titleChunk });

describe('packCodes', () => {
  it('writes a single code as a bare number and round-trips', () => {
    const lists = [[3], [], [1, 2]];
    expect(packCodes(lists)).toEqual([3, [], [1, 2]]);
    expect(unpackCodes(packCodes(lists))).toEqual(lists);
  });
});

describe('buildMapData', () => {
  it('lists each distinct point once, rounded to 4 decimals', () => {
    const { places } = build().data;
    expect(places.lat).toEqual([0.5123, 52.3]);
    expect(places.lng).toEqual([37.9, -3.6]);
  });

  it('gives each plan its place indexes by ref', () => {
    expect(build().plans.planPlaces).toEqual([0, [0, 1], []]);
  });

  it('links a place to the country facet value of its name', () => {
    const { data } = build();
    const wales = data.places.country[1] as number;
    expect(data.facets.values.country[wales]?.label).toBe('Wales');
  });

  it('gives each country value its browse slug and its world-atlas shape', () => {
    const { countries, facets } = build().data;
    const wales = facets.values.country.findIndex((v) => v.key === 'wales');
    expect(countries.slug[wales]).toBe('wales');
    expect(countries.shape[wales]).toBe('826');
  });

  it("encodes the facets of each plan as codes, in the plan's order", () => {
    const { data, plans } = build();
    const { facets } = data;
    const methods = unpackCodes(plans.codes.method).map((codes) =>
      codes.map((c) => facets.values.method[c]?.key),
    );
    expect(methods).toEqual([['prototyping', 'mapping'], [], []]);
  });

  it('counts the plans at each place and having each value, for the first draw', () => {
    const { places, facets, plans, unplaced } = build().data;
    const methods = facets.values.method.map((v, code) => [v.key, facets.totals.method[code]]);
    expect([places.count, plans, unplaced, methods]).toEqual([
      [2, 1],
      3,
      1,
      [
        ['mapping', 1],
        ['prototyping', 1],
      ],
    ]);
  });

  it('puts titles and slugs in chunks by ref', () => {
    expect(build(2).titles.byRef).toEqual([
      [
        ['alpha', 'Alpha'],
        ['beta', 'Beta'],
      ],
      [['gamma', 'Gamma']],
    ]);
  });

  it("puts each place's titles in pages of its own, in ref order", () => {
    const { byPlace } = buildMapData(plans, { prefix: '/', tileLayer: null, titlePage: 1 }).titles;
    expect(byPlace).toEqual([[[['alpha', 'Alpha']], [['beta', 'Beta']]], [[['beta', 'Beta']]]]);
  });

  it('names the folder of the title files after their content', () => {
    const renamed = plans.map((p) => (p.id === 'gamma' ? { ...p, title: 'Gamma 2' } : p));
    const other = buildMapData(renamed, { prefix: '/archive/', tileLayer: null }).data;
    expect(build().data.build).toMatch(/^[0-9a-f]{12}$/);
    expect(other.build).not.toBe(build().data.build);
  });

  it('keeps no title in the map data itself', () => {
    expect(JSON.stringify(build().data)).not.toContain('Alpha');
  });
});

describe('shapesOf', () => {
  it('names a shape after its country and links it to its most used value', () => {
    expect(shapesOf(['England', 'Wales', 'Kenya'], [2, 5, 1])).toEqual({
      '826': { label: 'United Kingdom', code: 1 },
      '404': { label: 'Kenya', code: 2 },
    });
  });

  it('leaves out places that have no shape', () => {
    expect(shapesOf(['Atlantis'], [3])).toEqual({});
  });
});
