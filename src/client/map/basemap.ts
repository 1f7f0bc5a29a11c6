// The offline basemap: world-atlas country shapes shipped with the site and drawn as vectors,
// so the map needs no tile server. A tile layer is added only when the site configures one.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { TileLayer } from '../../common/map-format.ts';
import { unwrap } from '../../common/antimeridian.ts';
import { L } from './leaflet.ts';
import { inSlices } from './slices.ts';

export type CountryShape = Feature<Geometry, { name: string }>;

/** Shapes per slice: each slice (conversion, then drawing) stays well under 50 ms on a phone. */
const shapesPerSlice = 20;

export async function loadWorld(url: string): Promise<CountryShape[]> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Country shapes: ${url} answered ${response.status}`);
  const topology = (await response.json()) as Topology<{ countries: GeometryCollection }>;
  const shapes: CountryShape[] = [];
  await inSlices(topology.objects.countries.geometries, shapesPerSlice, (geometry) => {
    const shape = feature(topology, geometry) as CountryShape;
    shapes.push({ ...shape, geometry: unwrap(shape.geometry) });
  });
  return shapes;
}

/**
 * Draws the shapes on one canvas in a pane of their own, over a tile layer and under the places
 * and the choropleth: 177 SVG paths cost a phone 300 ms of layout and paint, a canvas a tenth.
 * Resolves once all are drawn.
 */
export async function drawBasemap(map: L.Map, shapes: CountryShape[]): Promise<void> {
  const pane = map.createPane('basemap');
  pane.style.zIndex = '350';
  const layer = L.geoJSON(undefined, {
    pane: 'basemap',
    interactive: false,
    style: { color: '#ffffff', weight: 0.8, fillColor: '#dfe5e2', fillOpacity: 1 },
    renderer: L.canvas({ pane: 'basemap' }),
  } as L.GeoJSONOptions).addTo(map);
  const slices: CountryShape[][] = [];
  for (let i = 0; i < shapes.length; i += shapesPerSlice) {
    slices.push(shapes.slice(i, i + shapesPerSlice));
  }
  await inSlices(slices, 1, (slice) => {
    layer.addData({ type: 'FeatureCollection', features: slice } as FeatureCollection);
  });
}

export function tileLayer(config: TileLayer): L.TileLayer {
  return L.tileLayer(config.url, { attribution: config.attribution, maxZoom: 18 });
}

export const shapesAttribution = 'Country shapes: Natural Earth, via world-atlas';
