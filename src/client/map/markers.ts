// The places layer: one marker per distinct point, in a cluster group whose icons show the sum
// of their places' counts (not the number of markers, which would say "3" for 2,000 plans).
import type { MarkerCluster } from 'leaflet';
import { L } from './leaflet.ts';
import { CountIcon } from './icons.ts';
import type { PlaceCount } from './model.ts';
import { plural } from '../../common/plural.ts';

export interface PlaceView extends PlaceCount {
  lat: number;
  lng: number;
  label: string;
}

const placeOfMarker = new WeakMap<L.Marker, PlaceView>();

export function placeLabel(place: PlaceView): string {
  return `${place.label}: ${plural(place.count, 'plan', 'plans')}`;
}

function clusterLabel(places: PlaceView[], total: number): string {
  const named = [...places].sort((a, b) => b.count - a.count).map((p) => p.label);
  const names = [...new Set(named)];
  const shown = names.slice(0, 2).join(', ');
  const more =
    names.length > 2 ? ` and ${plural(names.length - 2, 'more place', 'more places')}` : '';
  return `${shown}${more}: ${plural(total, 'plan', 'plans')}`;
}

function clusterIcon(cluster: MarkerCluster): L.DivIcon {
  const places = cluster
    .getAllChildMarkers()
    .map((m) => placeOfMarker.get(m))
    .filter((p): p is PlaceView => p !== undefined);
  const total = places.reduce((sum, p) => sum + p.count, 0);
  return new CountIcon({
    count: total,
    label: clusterLabel(places, total),
    kind: 'cluster',
    action: () => cluster.zoomToBounds({ padding: [24, 24] }),
  });
}

export interface PlacesLayer {
  layer: L.MarkerClusterGroup;
  /** Replace the markers; `onDrawn` runs once all are in the group. */
  show: (places: PlaceView[], onDrawn: () => void) => void;
}

/** The layer must be on a map before `show`: the group draws (and reports) only there. */
export function createPlacesLayer(open: (place: PlaceView) => void): PlacesLayer {
  let drawn: (() => void) | null = null;
  let complete = false;
  const layer = L.markerClusterGroup({
    chunkedLoading: true,
    // Markers are added in tasks of at most 40 ms (the default, 200 ms, blocks a tap as long).
    chunkInterval: 40,
    chunkProgress: (processed, total) => {
      if (processed !== total) return;
      complete = true;
      // A later chunk: the group puts the icons on the map right after this call returns.
      if (drawn) queueMicrotask(drawn);
      drawn = null;
    },
    showCoverageOnHover: false,
    maxClusterRadius: 44,
    iconCreateFunction: clusterIcon,
  });
  return {
    layer,
    show(places, onDrawn) {
      layer.clearLayers();
      const markers = places.map((place) => {
        const marker = L.marker([place.lat, place.lng], {
          icon: new CountIcon({
            count: place.count,
            label: placeLabel(place),
            kind: 'place',
            action: () => open(place),
          }),
          keyboard: true,
          riseOnHover: true,
        });
        placeOfMarker.set(marker, place);
        marker.on('click', () => open(place));
        return marker;
      });
      complete = false;
      drawn = null;
      if (markers.length > 0) layer.addLayers(markers);
      // Few markers are added in one go, icons included, before addLayers returns.
      if (complete || markers.length === 0) onDrawn();
      else drawn = onDrawn;
    },
  };
}
