// Place names are document text: one that names an Object.prototype member is an unknown place.
import { describe, expect, it } from 'vitest';
import { isCountryName, placeOf } from '../../src/site/facets/countries.ts';

describe('place names', () => {
  it('should not take a place called constructor for a country', () => {
    expect(isCountryName('constructor')).toBe(false);
  });

  it('should put a place called toString among the other places', () => {
    expect(placeOf('toString')).toMatchObject({ country: null, region: 'Other places' });
  });

  it('should still find a country through its other spelling', () => {
    expect(placeOf('The Gambia').iso3).toBe('GMB');
  });
});
