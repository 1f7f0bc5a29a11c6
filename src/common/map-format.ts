// The compact map data file, shared by the build (which writes it) and the map client (which
// reads it). Plans are numbered by their index in the published records ("ref"), the same
// numbering as the search index, so search results map onto the map without a lookup table.
import type { FacetLabel } from './facet-codes.ts';
import type { FacetTitles, FilterFacet } from './facets.ts';

export interface TileLayer {
  url: string;
  attribution: string;
}

/** Per facet, each plan's codes: a bare number when it has exactly one (the usual case). */
export type PackedCodes = (number | number[])[];

/** One code stays a bare number: most plans have one type, one year, one place. */
export function packCodes(lists: readonly number[][]): PackedCodes {
  return lists.map((list) => (list.length === 1 ? (list[0] as number) : list));
}

export function unpackCodes(packed: PackedCodes): number[][] {
  return packed.map((entry) => (typeof entry === 'number' ? [entry] : entry));
}

export interface MapData {
  version: 1;
  /** A hash of this build's map data and titles: the folder of its title files. */
  build: string;
  /** The site's path prefix, ending in `/`, for links to plan and browse pages. */
  prefix: string;
  /** An optional tile layer from the site configuration; null keeps the map fully offline. */
  tileLayer: TileLayer | null;
  /**
   * Titles per file. A place's plans, in ref order, are in pages of `titlePage`
   * (`{build}/p{place}-{page}.json`), so opening a place fetches one small file; plans without a
   * place are found in chunks by ref (`{build}/{floor(ref / titleChunk)}.json`).
   */
  titlePage: number;
  titleChunk: number;
  /** Distinct points, columnar: `lat[i]`, `lng[i]`, `label[i]` (the country as written). */
  places: {
    lat: number[];
    lng: number[];
    label: string[];
    /** The country facet code of the place, -1 when the plans name no such country. */
    country: number[];
    /** Plan-location pairs at the place over every plan: the markers of the first draw. */
    count: number[];
  };
  /** Published plans, and how many of them have no place. */
  plans: number;
  unplaced: number;
  facets: {
    values: Record<FilterFacet, FacetLabel[]>;
    /** Per value, the number of plans having it: the filter counts before any filter. */
    totals: Record<FilterFacet, number[]>;
    /** Each filter's heading, as the site configuration names the facet. */
    titles: FacetTitles;
  };
  /**
   * The country pages' folder (`countries/`; null when the site has none), and per country facet
   * code its page's slug and its world-atlas id (null: no shape).
   */
  countries: { path: string | null; slug: string[]; shape: (string | null)[] };
  /**
   * Per world-atlas id with plans: the country's name ("United Kingdom" for Wales and England)
   * and the country facet code whose browse page the country links to.
   */
  shapes: Record<string, { label: string; code: number }>;
}

/**
 * `map/{build}/plans.json`: each plan's places and facet codes, by ref. The first draw needs
 * neither (data.json has the counts); the page fetches this when a user filters, searches,
 * opens a place or a country, or shades the countries.
 */
export interface MapPlans {
  /** Per plan ref, its place indexes (a place repeats when a plan has two locations there). */
  planPlaces: PackedCodes;
  codes: Record<FilterFacet, PackedCodes>;
}

/** A title file: `[slug, title]` per plan, in ref order. */
export type TitleChunk = [string, string][];

/** File names below `{outDir}/assets/`, shared by the writer and the client. */
export const mapFiles = {
  data: 'map/data.json',
  world: 'map/world.json',
  /** Title files sit in a folder named by the build, so a cached one never meets newer data. */
  titles: (build: string, chunk: number): string => `map/${build}/${chunk}.json`,
  placeTitles: (build: string, place: number, page: number): string =>
    `map/${build}/p${place}-${page}.json`,
  plans: (build: string): string => `map/${build}/plans.json`,
  text: 'map-text.js',
} as const;
