// The offline basemap: world-atlas country shapes shipped with the site and drawn as vectors,
// so the map needs no tile server. A tile layer is added only when the site configures one.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { TileLayer } from '../../common/map-format.ts';
import { unwrap } from './antimeridian.ts';
import { L } from './leaflet.ts';

export type CountryShape = Feature<Geometry, { name: string }>;

export async function loadWorld(url: string): Promise<CountryShape[]> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Country shapes: ${url} answered ${response.status}`);
  const topology = (await response.json()) as Topology<{ countries: GeometryCollection }>;
  const shapes = feature(topology, topology.objects.countries) as FeatureCollection<
    Geometry,
    { name: string }
  >;
  return shapes.features.map((f) => ({ ...f, geometry: unwrap(f.geometry) }));
}

export function basemapLayer(shapes: CountryShape[]): L.GeoJSON {
  return L.geoJSON(shapes, {
    interactive: false,
    style: { color: '#ffffff', weight: 0.8, fillColor: '#dfe5e2', fillOpacity: 1 },
  });
}

export function tileLayer(config: TileLayer): L.TileLayer {
  return L.tileLayer(config.url, { attribution: config.attribution, maxZoom: 18 });
}

export const shapesAttribution = 'Country shapes: Natural Earth, via world-atlas';
