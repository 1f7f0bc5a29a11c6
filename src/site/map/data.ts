// The compact map data: places with their counts for the first draw; each plan's places and
// facet codes as small integers in a file of their own, fetched when a user needs them; and the
// titles split into chunks so the page downloads only those of the place a user opens.
import { createHash } from 'node:crypto';
import type { LearningPlan } from '../../record/schema.ts';
import { encodeFacets } from '../../common/facet-codes.ts';
import {
  facetTitles,
  filterFacets,
  type FacetTitles,
  type FilterFacet,
} from '../../common/facets.ts';
import { countryKey, placeOf } from '../facets/countries.ts';
import { facetValues } from '../facets/values.ts';
import {
  packCodes,
  type MapData,
  type MapPlans,
  type PackedCodes,
  type TileLayer,
  type TitleChunk,
} from '../../common/map-format.ts';
import { aggregatePlaces } from './places.ts';
import { buildFacetIndex, newestFirst } from '../facets/facet-index.ts';
import { defaultFacets, type FacetConfig } from '../config.ts';

export interface MapDataOptions {
  prefix: string;
  tileLayer: TileLayer | null;
  /** The site's country facet; places link to its value pages. None: the site has no such pages. */
  countryFacet?: FacetConfig | null;
  titleChunk?: number;
  titlePage?: number;
  /** The filters' headings, as the site configuration names the facets. */
  titles?: FacetTitles;
}

export interface TitleFiles {
  /** `byPlace[place][page]`: the titles of the place's plans, in ref order. */
  byPlace: TitleChunk[][];
  /** `byRef[chunk]`: every plan's title, in ref order. */
  byRef: TitleChunk[];
}

/** The same title in a place's pages and in the chunks by ref: a file per need, not per plan. */
function titleFiles(
  plans: readonly LearningPlan[],
  planPlaces: readonly number[][],
  placeCount: number,
  { chunk, page }: { chunk: number; page: number },
): TitleFiles {
  const entry = (plan: LearningPlan): [string, string] => [plan.slug, plan.title];
  const atPlace: LearningPlan[][] = Array.from({ length: placeCount }, () => []);
  plans.forEach((plan, ref) => {
    for (const place of new Set(planPlaces[ref])) atPlace[place]?.push(plan);
  });
  const split = <T>(list: T[], size: number): T[][] =>
    Array.from({ length: Math.ceil(list.length / size) }, (_, i) =>
      list.slice(i * size, (i + 1) * size),
    );
  return {
    byPlace: atPlace.map((list) => split(list.map(entry), page)),
    byRef: split(plans.map(entry), chunk),
  };
}

const defaultCountryFacet = defaultFacets.find((f) => f.name === 'country') as FacetConfig;

/**
 * The browse-page slug of each country key, from the site's own facet index (built from the
 * plans newest first, as the browse pages are), so a place links to the page that exists.
 */
function countrySlugs(
  plans: readonly LearningPlan[],
  facet: FacetConfig = defaultCountryFacet,
): Map<string, string> {
  const index = buildFacetIndex([...plans].sort(newestFirst), facet);
  return new Map(index.entries.map((e) => [e.key, e.slug]));
}

/**
 * Each country shape's name, and the value whose browse page a click on it opens: the one with
 * the most plans (Kenya rather than a region of it; for the United Kingdom, its largest part).
 */
export function shapesOf(
  countryLabels: readonly string[],
  plansPerCode: readonly number[],
): MapData['shapes'] {
  const shapes: MapData['shapes'] = {};
  countryLabels.forEach((label, code) => {
    const place = placeOf(label);
    if (place.numeric === null || place.country === null) return;
    const shape = (shapes[place.numeric] ??= { label: place.country, code });
    if ((plansPerCode[code] ?? 0) > (plansPerCode[shape.code] ?? 0)) shape.code = code;
  });
  return shapes;
}

/** Coordinates at 4 decimals (about 10 m) are more than centroids need. */
function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

export function buildMapData(
  plans: readonly LearningPlan[],
  options: MapDataOptions,
): { data: MapData; plans: MapPlans; titles: TitleFiles } {
  const titleChunk = options.titleChunk ?? 64;
  const titlePage = options.titlePage ?? 20;
  const { places, planPlaces } = aggregatePlaces(plans);
  const table = encodeFacets(plans, facetValues);
  const countryFacet =
    options.countryFacet === undefined ? defaultCountryFacet : options.countryFacet;
  const slugs = countryFacet ? countrySlugs(plans, countryFacet) : new Map<string, string>();
  const countryCode = new Map(table.values.country.map((v, i) => [v.key, i]));
  const codes = {} as Record<FilterFacet, PackedCodes>;
  const totals = {} as Record<FilterFacet, number[]>;
  for (const facet of filterFacets) {
    codes[facet] = packCodes(table.codes[facet]);
    totals[facet] = table.values[facet].map(() => 0);
    for (const list of table.codes[facet]) {
      for (const c of list) totals[facet][c] = (totals[facet][c] ?? 0) + 1;
    }
  }
  const placeTotals = places.map(() => 0);
  for (const list of planPlaces) for (const p of list) placeTotals[p] = (placeTotals[p] ?? 0) + 1;
  const data: MapData = {
    version: 1,
    build: '',
    prefix: options.prefix,
    tileLayer: options.tileLayer,
    titlePage,
    titleChunk,
    places: {
      lat: places.map((p) => round(p.lat)),
      lng: places.map((p) => round(p.lng)),
      label: places.map((p) => p.label),
      country: places.map((p) => countryCode.get(countryKey(p.label)) ?? -1),
      count: placeTotals,
    },
    plans: plans.length,
    unplaced: planPlaces.filter((list) => list.length === 0).length,
    facets: { values: table.values, totals, titles: options.titles ?? facetTitles() },
    shapes: {},
    countries: {
      path: countryFacet ? `${countryFacet.path}/` : null,
      slug: table.values.country.map((v) => slugs.get(v.key) ?? ''),
      shape: table.values.country.map((v) => placeOf(v.label).numeric),
    },
  };
  data.shapes = shapesOf(
    table.values.country.map((v) => v.label),
    totals.country,
  );
  const titles = titleFiles(plans, planPlaces, places.length, {
    chunk: titleChunk,
    page: titlePage,
  });
  const planFile: MapPlans = { planPlaces: packCodes(planPlaces), codes };
  data.build = createHash('sha256')
    .update(JSON.stringify([data, planFile, titles]))
    .digest('hex')
    .slice(0, 12);
  return { data, plans: planFile, titles };
}
