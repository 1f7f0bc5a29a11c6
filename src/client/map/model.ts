// The map data and each plan's places and codes (map-format.ts) decoded for the client, and the pure functions the page draws from: which places
// the current plans fall on and how many, and how many plans each country shape has.
import type { FacetTable } from '../../common/facet-codes.ts';
import { filterFacets, type FilterFacet } from '../../common/facets.ts';
import { unpackCodes, type MapData, type MapPlans } from '../../common/map-format.ts';

export interface MapModel {
  data: MapData;
  table: FacetTable;
  /** Per plan ref, its place indexes. */
  planPlaces: number[][];
  plans: number;
}

export function decodeMapData(data: MapData, plans: MapPlans): MapModel {
  const codes = {} as Record<FilterFacet, number[][]>;
  for (const facet of filterFacets) codes[facet] = unpackCodes(plans.codes[facet]);
  const planPlaces = unpackCodes(plans.planPlaces);
  return {
    data,
    table: { values: data.facets.values, codes },
    planPlaces,
    plans: planPlaces.length,
  };
}

export interface PlaceCount {
  place: number;
  /** Plan-location pairs of the selected plans at this place. */
  count: number;
}

/** The places of the selected plans with their counts, in place order; empty places left out. */
export function placeCounts(model: MapModel, refs: Iterable<number>): PlaceCount[] {
  const counts = new Array<number>(model.data.places.lat.length).fill(0);
  for (const ref of refs) {
    for (const place of model.planPlaces[ref] ?? []) counts[place] = (counts[place] ?? 0) + 1;
  }
  const out: PlaceCount[] = [];
  counts.forEach((count, place) => {
    if (count > 0) out.push({ place, count });
  });
  return out;
}

/** The selected plans at one place, in ref order: the site's order, newest first. */
export function plansAt(model: MapModel, refs: Iterable<number>, place: number): number[] {
  const out: number[] = [];
  for (const ref of refs) if (model.planPlaces[ref]?.includes(place)) out.push(ref);
  return out;
}

/** The selected plans per world-atlas shape id; a plan counts once per shape. */
export function shapeCounts(model: MapModel, refs: Iterable<number>): Map<string, number[]> {
  const byShape = new Map<string, number[]>();
  const shapeOf = model.data.countries.shape;
  for (const ref of refs) {
    const seen = new Set<string>();
    for (const code of model.table.codes.country[ref] ?? []) {
      const shape = shapeOf[code];
      if (shape === null || shape === undefined || seen.has(shape)) continue;
      seen.add(shape);
      let list = byShape.get(shape);
      if (!list) byShape.set(shape, (list = []));
      list.push(ref);
    }
  }
  return byShape;
}

/** The link to a plan's page and to a country's browse page (prefix included). */
export function planHref(data: MapData, slug: string): string {
  return `${data.prefix}plans/${encodeURIComponent(slug)}/`;
}

export function countryHref(data: MapData, countryCode: number): string | null {
  const { path, slug } = data.countries;
  const country = slug[countryCode];
  return path && country ? `${data.prefix}${path}${encodeURIComponent(country)}/` : null;
}
