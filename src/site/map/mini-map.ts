// The small map on a plan page, drawn at build time as inline SVG: the plan's countries (and
// their neighbours, for context) from world-atlas's 1:110m shapes, and the plan's points. No
// script and no download: the page paints it with the rest, in a box of fixed size.
import { feature } from 'topojson-client';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { Location } from '../../record/schema.ts';
import { placeOf } from '../facets/countries.ts';
import { readWorldShapes } from './shapes.ts';
import { clipRing, ringPath, type Point } from './svg-path.ts';
import { unwrapRing } from '../../common/antimeridian.ts';

/** The SVG's own size; CSS scales it to its column, the ratio keeps its height. */
export const miniMapSize = { width: 320, height: 200 } as const;

/** Degrees around a lone point or a small country, so it is not drawn edge to edge. */
const minSpan = 6;

export interface MiniMap {
  svg: string;
  /** The map page's `at` parameter: `lat,lng,zoom`, the view this map shows. */
  at: string;
}

interface Country {
  id: string;
  rings: Position[][];
  /** [west, south, east, north], longitudes as drawn (see `unwrapRing`). */
  bbox: [number, number, number, number];
}

let world: Country[] | null = null;

function countries(): Country[] {
  if (world) return world;
  const topology = readWorldShapes();
  const shapes = feature(topology, topology.objects.countries!);
  const list = 'features' in shapes ? shapes.features : [shapes];
  world = list.map((f) => {
    const geometry = f.geometry as Polygon | MultiPolygon;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    const rings = polygons.flat().map(unwrapRing);
    return { id: String(f.id), rings, bbox: bboxOf(rings.flat()) };
  });
  return world;
}

function bboxOf(points: Position[]): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    w = Math.min(w, x!);
    e = Math.max(e, x!);
    s = Math.min(s, y!);
    n = Math.max(n, y!);
  }
  return [w, s, e, n];
}

/** Longitudes shifted by 360° so that a plan's shapes and points lie together. */
function shiftTowards(lng: number, centre: number): number {
  if (lng - centre > 180) return lng - 360;
  if (centre - lng > 180) return lng + 360;
  return lng;
}

/** The plan's countries as world-atlas ids (ISO 3166-1 numeric), regions under their country. */
function countryIds(names: string[]): Set<string> {
  const ids = new Set<string>();
  for (const name of names) {
    const numeric = placeOf(name).numeric;
    if (numeric) ids.add(String(Number(numeric)).padStart(3, '0'));
  }
  return ids;
}

/**
 * Maps drawn so far, by their inputs: most plans share their places with others (the corpus's
 * 6,375 plans have 256 distinct sets), and drawing the shapes was a third of the site model's
 * time. Emptied when it grows large, so a long process never holds too many.
 */
const drawn = new Map<string, MiniMap | null>();
const drawnLimit = 20_000;

/** The map of a plan's places, or null when it has neither a known country nor a point. */
export function miniMap(countryNames: string[], points: Location[]): MiniMap | null {
  const key = JSON.stringify([countryNames, points.map((p) => [p.lng, p.lat, p.country])]);
  const known = drawn.get(key);
  if (known !== undefined) return known;
  if (drawn.size >= drawnLimit) drawn.clear();
  const map = draw(countryNames, points);
  drawn.set(key, map);
  return map;
}

function draw(countryNames: string[], points: Location[]): MiniMap | null {
  const all = countries();
  const ids = countryIds([...countryNames, ...points.map((p) => p.country)]);
  const own = all.filter((c) => ids.has(c.id));
  if (own.length === 0 && points.length === 0) return null;

  // The view: the plan's countries and points, longitudes near the first of them.
  const anchor = own[0] ? (own[0].bbox[0] + own[0].bbox[2]) / 2 : points[0]!.lng;
  const extent: Position[] = [
    ...own.flatMap((c) => [
      [shiftTowards(c.bbox[0], anchor), c.bbox[1]],
      [shiftTowards(c.bbox[2], anchor), c.bbox[3]],
    ]),
    ...points.map((p) => [shiftTowards(p.lng, anchor), p.lat]),
  ];
  let [w, s, e, n] = bboxOf(extent);
  if (e < w) [w, e] = [e, w];
  const grow = (lo: number, hi: number): [number, number] => {
    const pad = Math.max((minSpan - (hi - lo)) / 2, (hi - lo) * 0.08);
    return [lo - pad, hi + pad];
  };
  [w, e] = grow(w, e);
  [s, n] = grow(s, n);
  [s, n] = [Math.max(s, -85), Math.min(n, 85)];
  const midLat = (s + n) / 2;
  const stretch = Math.cos((midLat * Math.PI) / 180);
  const { width, height } = miniMapSize;
  const scale = Math.min(width / ((e - w) * stretch), height / (n - s));
  const cx = (w + e) / 2;
  const cy = midLat;
  // Raw longitudes: a whole ring or box is shifted by 360° at once, never a vertex alone.
  const project = (lng: number, lat: number): Point => [
    width / 2 + (lng - cx) * stretch * scale,
    height / 2 - (lat - cy) * scale,
  ];
  const shiftOf = (lo: number, hi: number): number =>
    shiftTowards((lo + hi) / 2, cx) - (lo + hi) / 2;

  const view = { width, height };
  const pathOf = (list: Country[]): string =>
    list
      .flatMap((c) => c.rings)
      .map((ring) => {
        const [lo, , hi] = bboxOf(ring);
        const shift = shiftOf(lo, hi);
        return ringPath(
          clipRing(
            ring.map(([x, y]) => project(x! + shift, y!)),
            view,
          ),
        );
      })
      .join('');
  const near = all.filter((c) => {
    if (ids.has(c.id)) return false;
    const shift = shiftOf(c.bbox[0], c.bbox[2]);
    const [x1, y1] = project(c.bbox[0] + shift, c.bbox[3]);
    const [x2, y2] = project(c.bbox[2] + shift, c.bbox[1]);
    return x2 >= 0 && x1 <= width && y2 >= 0 && y1 <= height;
  });
  const seen = new Set<string>();
  const dots = points
    .map((p) => project(shiftTowards(p.lng, cx), p.lat).map(Math.round).join(' '))
    .filter((xy) => !seen.has(xy) && seen.add(xy))
    .map((xy) => {
      const [x, y] = xy.split(' ');
      return `<circle cx="${x}" cy="${y}" r="5"/>`;
    })
    .join('');
  const svg =
    `<svg class="mini-map" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-hidden="true" focusable="false">` +
    `<rect class="sea" width="${width}" height="${height}"/>` +
    `<path class="land" d="${pathOf(near)}"/>` +
    `<path class="own" d="${pathOf(own)}"/>` +
    `<g class="dots">${dots}</g></svg>`;
  const zoom = Math.max(2, Math.min(8, Math.floor(Math.log2((360 * 2) / (e - w)))));
  const round = (x: number): number => Math.round(x * 100) / 100;
  const centreLng = ((((cx + 180) % 360) + 360) % 360) - 180;
  return { svg, at: `${round(midLat)},${round(centreLng)},${zoom}` };
}
