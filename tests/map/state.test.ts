import { describe, expect, it } from 'vitest';
import { mapStateToQuery, readMapState } from '../../src/client/map/state.ts';

describe('map state in the URL', () => {
  it('reads the search parameters and the view', () => {
    expect(readMapState('?q=water&sdg=6&view=countries')).toEqual({
      q: 'water',
      filters: { sdg: ['6'] },
      view: 'countries',
    });
  });

  it('falls back to the places view for an unknown view', () => {
    expect(readMapState('?view=globe').view).toBe('places');
  });

  it('writes the default view as no parameter', () => {
    expect(mapStateToQuery({ q: '', filters: { type: ['solution'] }, view: 'places' })).toBe(
      '?type=solution',
    );
  });

  it('round-trips a state through a query string', () => {
    const state = {
      q: 'agua',
      filters: { year: ['2023'], method: ['mapping'] },
      view: 'list' as const,
    };
    expect(readMapState(mapStateToQuery(state))).toEqual(state);
  });
});
