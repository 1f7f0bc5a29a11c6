// The map page's state in the URL: the search state (query and filters, in the same parameters
// as the search page, so links between the two carry it over) and the view.
import { readSearchState, searchStateToQuery, type SearchState } from '../filters.ts';

export const views = ['places', 'countries', 'list'] as const;
export type MapView = (typeof views)[number];

/** Where the map opens: a plan page's "Show on the map" link gives `?at=lat,lng,zoom`. */
export interface MapCentre {
  lat: number;
  lng: number;
  zoom: number;
}

export interface MapState extends SearchState {
  view: MapView;
  at: MapCentre | null;
}

export function readMapState(search: string): MapState {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  return {
    ...readSearchState(search),
    view: (views as readonly string[]).includes(view ?? '') ? (view as MapView) : 'places',
    at: readCentre(params.get('at')),
  };
}

/** `lat,lng,zoom` in range, or null: a mistyped link opens the whole map. */
function readCentre(text: string | null): MapCentre | null {
  const parts = (text ?? '').split(',');
  if (parts.length !== 3 || parts.some((p) => p.trim() === '')) return null;
  const [lat, lng, zoom] = parts.map(Number) as [number, number, number];
  if (!(Math.abs(lat) <= 90 && Math.abs(lng) <= 180 && zoom >= 1 && zoom <= 9)) return null;
  return { lat, lng, zoom };
}

/** The query string of a state: the search part, plus `view` and `at` when they are set. */
export function mapStateToQuery(state: MapState): string {
  const params = new URLSearchParams(searchStateToQuery(state));
  if (state.view !== 'places') params.set('view', state.view);
  if (state.at) params.set('at', `${state.at.lat},${state.at.lng},${state.at.zoom}`);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
