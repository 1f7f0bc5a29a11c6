// The small map on a plan page: the plan's places on the offline basemap. Loaded by
// plan-map-loader.ts only once the map scrolls into view.
import type { PlanPlace } from '../../common/map-format.ts';
import { basemapLayer, loadWorld, type CountryShape } from './basemap.ts';
import { L } from './leaflet.ts';

let world: Promise<CountryShape[]> | null = null;

function parsePlaces(text: string | undefined): PlanPlace[] {
  try {
    const value: unknown = JSON.parse(text ?? '[]');
    if (!Array.isArray(value)) return [];
    return value.filter(
      (v): v is PlanPlace =>
        typeof v === 'object' &&
        v !== null &&
        typeof (v as PlanPlace).lat === 'number' &&
        typeof (v as PlanPlace).lng === 'number' &&
        typeof (v as PlanPlace).country === 'string',
    );
  } catch {
    return [];
  }
}

export async function renderPlanMap(container: HTMLElement, assets: string): Promise<void> {
  const places = parsePlaces(container.dataset.places);
  if (places.length === 0) return;
  const map = L.map(container, {
    scrollWheelZoom: false,
    minZoom: 1,
    maxZoom: 6,
    attributionControl: true,
  });
  // Short: the box is small. The map page credits the shapes in full.
  map.attributionControl.addAttribution('Natural Earth');
  const bounds = L.latLngBounds(places.map((p) => [p.lat, p.lng]));
  map.fitBounds(bounds.pad(0.5), { maxZoom: 3 });
  const seen = new Set<string>();
  for (const place of places) {
    const key = `${place.lat},${place.lng}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const icon = L.divIcon({ className: 'map-dot', iconSize: [12, 12] });
    const marker = L.marker([place.lat, place.lng], {
      icon,
      keyboard: false,
      title: place.country,
    });
    marker.addTo(map);
  }
  container.dataset.state = 'ready';
  world ??= loadWorld(`${assets}map/world.json`);
  basemapLayer(await world)
    .addTo(map)
    .bringToBack();
}
