// Locations into places. The archive's locations are country centroids, so thousands of
// documents share a handful of points: a place is a distinct (lat, lng) point, and its count is
// the number of plan-location pairs there once identical pairs within a plan are removed.
import type { LearningPlan, Location } from '../../record/schema.ts';

export interface Place {
  lat: number;
  lng: number;
  /** The country name written most often for this point (first seen wins a tie). */
  label: string;
  /** Plan-location pairs at this point. */
  count: number;
}

export interface Aggregation {
  places: Place[];
  /** Per plan (same order as the input), its place indexes; one entry per distinct pair. */
  planPlaces: number[][];
}

function pointKey(location: Location): string {
  return `${location.lat},${location.lng}`;
}

/** Identical (country, lat, lng) pairs within one plan count once. */
export function distinctLocations(plan: LearningPlan): Location[] {
  const seen = new Set<string>();
  return plan.locations.filter((l) => {
    const key = `${l.country}\u0000${pointKey(l)}`;
    return !seen.has(key) && seen.add(key);
  });
}

export function aggregatePlaces(plans: readonly LearningPlan[]): Aggregation {
  const indexOf = new Map<string, number>();
  const places: Place[] = [];
  const labelCounts: Map<string, number>[] = [];
  const planPlaces = plans.map((plan) =>
    distinctLocations(plan).map((location) => {
      const key = pointKey(location);
      let index = indexOf.get(key);
      if (index === undefined) {
        index = places.length;
        indexOf.set(key, index);
        places.push({ lat: location.lat, lng: location.lng, label: location.country, count: 0 });
        labelCounts.push(new Map());
      }
      const place = places[index] as Place;
      place.count += 1;
      const labels = labelCounts[index] as Map<string, number>;
      labels.set(location.country, (labels.get(location.country) ?? 0) + 1);
      return index;
    }),
  );
  places.forEach((place, i) => {
    let best = 0;
    for (const [label, n] of labelCounts[i] as Map<string, number>) {
      if (n > best) [place.label, best] = [label, n];
    }
  });
  return { places, planPlaces };
}
