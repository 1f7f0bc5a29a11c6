import { describe, expect, it } from 'vitest';
import { mapStateToQuery, readMapState } from '../../src/client/map/state.ts';

describe('map state in the URL', () => {
  it('reads the search parameters and the view', () => {
    expect(readMapState('?q=water&sdg=6&theme=clean-water&view=countries')).toEqual({
      q: 'water',
      filters: { sdg: ['6'] },
      themes: ['clean-water'],
      view: 'countries',
      at: null,
    });
  });

  it('reads the centre a plan page links to', () => {
    expect(readMapState('?at=0.42,37.87,6').at).toEqual({ lat: 0.42, lng: 37.87, zoom: 6 });
  });

  it('ignores a centre out of range or incomplete', () => {
    expect(readMapState('?at=95,10,3').at).toBeNull();
    expect(readMapState('?at=1,2').at).toBeNull();
    expect(readMapState('?at=1,,3').at).toBeNull();
  });

  it('falls back to the places view for an unknown view', () => {
    expect(readMapState('?view=globe').view).toBe('places');
  });

  it('writes the default view as no parameter', () => {
    expect(
      mapStateToQuery({
        q: '',
        filters: { type: ['solution'] },
        themes: [],
        view: 'places',
        at: null,
      }),
    ).toBe('?type=solution');
  });

  it('round-trips a state through a query string', () => {
    const state = {
      q: 'agua',
      filters: { year: ['2023'], method: ['mapping'] },
      themes: ['clean-water'],
      view: 'list' as const,
      at: { lat: -17.5, lng: 178.25, zoom: 5 },
    };
    expect(readMapState(mapStateToQuery(state))).toEqual(state);
  });
});
