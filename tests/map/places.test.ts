import { describe, expect, it } from 'vitest';
import { aggregatePlaces, distinctLocations } from '../../src/site/map/places.ts';
import { makePlan } from '../helpers/plan.ts';

const kenya = { country: 'Kenya', lat: 0.5, lng: 37.9 };
const peru = { country: 'Peru', lat: -9.2, lng: -75 };

describe('aggregatePlaces', () => {
  it('makes one place per distinct point', () => {
    const { places } = aggregatePlaces([
      makePlan({ id: 'a', locations: [kenya] }),
      makePlan({ id: 'b', locations: [kenya, peru] }),
    ]);
    expect(places.map((p) => [p.lat, p.lng])).toEqual([
      [0.5, 37.9],
      [-9.2, -75],
    ]);
  });

  it('counts the plan-location pairs at each place', () => {
    const { places } = aggregatePlaces([
      makePlan({ id: 'a', locations: [kenya] }),
      makePlan({ id: 'b', locations: [kenya, peru] }),
    ]);
    expect(places.map((p) => p.count)).toEqual([2, 1]);
  });

  it('counts an identical pair within one plan once', () => {
    const { places, planPlaces } = aggregatePlaces([
      makePlan({ id: 'a', locations: [kenya, { ...kenya }] }),
    ]);
    expect(places[0]?.count).toBe(1);
    expect(planPlaces).toEqual([[0]]);
  });

  it('counts two names written for one point as two pairs', () => {
    const { places } = aggregatePlaces([
      makePlan({
        id: 'a',
        locations: [
          { country: 'Turkey', lat: 39, lng: 35 },
          { country: 'Türkiye', lat: 39, lng: 35 },
        ],
      }),
    ]);
    expect(places).toHaveLength(1);
    expect(places[0]?.count).toBe(2);
  });

  it('names a place after the country written most often there', () => {
    const { places } = aggregatePlaces([
      makePlan({ id: 'a', locations: [{ country: 'Türkiye', lat: 39, lng: 35 }] }),
      makePlan({ id: 'b', locations: [{ country: 'Turkey', lat: 39, lng: 35 }] }),
      makePlan({ id: 'c', locations: [{ country: 'Turkey', lat: 39, lng: 35 }] }),
    ]);
    expect(places[0]?.label).toBe('Turkey');
  });

  it('gives each plan the indexes of its places, in its own order', () => {
    const { planPlaces } = aggregatePlaces([
      makePlan({ id: 'a', locations: [peru] }),
      makePlan({ id: 'b', locations: [kenya, peru] }),
      makePlan({ id: 'c', locations: [] }),
    ]);
    expect(planPlaces).toEqual([[0], [1, 0], []]);
  });
});

describe('distinctLocations', () => {
  it('keeps the first of identical pairs and every distinct one', () => {
    const plan = makePlan({ id: 'a', locations: [kenya, peru, { ...kenya }] });
    expect(distinctLocations(plan)).toEqual([kenya, peru]);
  });
});
