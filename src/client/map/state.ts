// The map page's state in the URL: the search state (query and filters, in the same parameters
// as the search page, so links between the two carry it over) and the view.
import { readSearchState, searchStateToQuery, type SearchState } from '../filters.ts';

export const views = ['places', 'countries', 'list'] as const;
export type MapView = (typeof views)[number];

export interface MapState extends SearchState {
  view: MapView;
}

export function readMapState(search: string): MapState {
  const view = new URLSearchParams(search).get('view');
  return {
    ...readSearchState(search),
    view: (views as readonly string[]).includes(view ?? '') ? (view as MapView) : 'places',
  };
}

/** The query string of a state: the search part, plus `view` when it is not the default. */
export function mapStateToQuery(state: MapState): string {
  const params = new URLSearchParams(searchStateToQuery(state));
  if (state.view !== 'places') params.set('view', state.view);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
