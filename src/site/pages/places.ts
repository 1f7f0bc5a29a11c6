// The places a plan page lists: one per country key, a region or island with its country.
import type { LearningPlan } from '../../record/schema.ts';
import { countryKey, isCountryName, placeOf } from '../facets/countries.ts';
import type { FacetIndexes } from '../facets/facet-index.ts';
import { linkTo, type LinkView } from '../facets/links.ts';

export interface PlaceView extends LinkView {
  /** The country a region or island belongs to, when it differs from the name. */
  country: string | null;
}

export function placesView(indexes: FacetIndexes, plan: LearningPlan): PlaceView[] {
  const seen = new Set<string>();
  const out: PlaceView[] = [];
  for (const name of plan.countries) {
    const key = countryKey(name);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    // "Wales (United Kingdom)", but "Turkey", not "Turkey (Türkiye)": a spelling is not a region.
    const country = isCountryName(name) ? null : placeOf(name).country;
    // Named as the country's own page names it ("East Timor"), when the archive has one.
    const named = country && (indexes.country?.byKey.get(countryKey(country))?.label ?? country);
    out.push({ ...linkTo(indexes, 'country', key, name), country: named || null });
  }
  return out;
}
