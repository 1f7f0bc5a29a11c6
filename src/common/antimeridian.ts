// Country shapes that cross the antimeridian, made drawable on a flat map.
import type { Geometry } from 'geojson';

type Ring = number[][];

/**
 * Rings that cross the antimeridian (Fiji, the east of Russia) jump from 180 to -180 and would
 * draw a line across the whole map: move their western points past 180 instead. Antarctica
 * spans every longitude on purpose and is left alone.
 */
export function unwrapRing(ring: Ring): Ring {
  const lngs = ring.map((p) => p[0] ?? 0);
  const lats = ring.map((p) => p[1] ?? 0);
  if (Math.max(...lngs) - Math.min(...lngs) <= 180 || Math.min(...lats) < -60) return ring;
  return ring.map(([lng = 0, lat = 0]) => [lng < 0 ? lng + 360 : lng, lat]);
}

export function unwrap(geometry: Geometry): Geometry {
  if (geometry.type === 'Polygon') {
    return { ...geometry, coordinates: geometry.coordinates.map(unwrapRing) };
  }
  if (geometry.type === 'MultiPolygon') {
    return { ...geometry, coordinates: geometry.coordinates.map((p) => p.map(unwrapRing)) };
  }
  return geometry;
}
