// Browse pages (/countries/, /methods/...): every value of a facet with its count; countries
// grouped by region, and places grouped under the country they belong to.
import type { FacetConfig } from '../config.ts';
import type { FacetEntry, FacetIndex } from '../facets/facet-index.ts';
import { isCountryName, placeOf } from '../facets/countries.ts';
import { sdgGoals, sdgLabel, sdgView, type SdgView } from '../facets/sdg.ts';
import { facetPath, valuePath } from '../urls.ts';
import { inSentence } from './words.ts';
import { longList, type LongList } from './value-list.ts';

export interface CountLink {
  label: string;
  url: string | null;
  count: number;
  sdg?: SdgView;
}

/** A country with the plans of all its places (`own`), and its regions and islands. */
export interface CountryGroup {
  name: string;
  /** Null only for a country no plan reaches, which values.ts makes impossible. */
  own: CountLink | null;
  places: CountLink[];
}

export interface RegionGroup {
  region: string;
  countries: CountryGroup[];
}

export interface BrowsePage {
  facet: FacetConfig;
  url: string;
  /** The page's title and meta description. */
  title: string;
  description: string;
  entries: CountLink[];
  /** Countries only: the entries grouped by region, then by the country a place belongs to. */
  regions: RegionGroup[] | null;
  /** Countries only: how many countries the entries belong to ("Other places" not counted). */
  countryCount: number | null;
  /** A long list (themes): the most used values and every value by first letter. */
  long: LongList | null;
  plans: number;
}

/** The region of places no table knows (src/site/facets/countries.ts). */
const otherPlaces = 'Other places';

export function countLink(
  index: FacetIndex,
  entry: FacetEntry,
  count = entry.plans.length,
): CountLink {
  const link: CountLink = {
    label: entry.label,
    url: valuePath(index.facet.path, entry.slug),
    count,
  };
  if (index.facet.name === 'sdg') link.sdg = sdgView(index, Number(entry.key));
  return link;
}

export function browsePage(index: FacetIndex, plans: number): BrowsePage {
  let entries = index.entries.map((e) => countLink(index, e));
  if (index.facet.name === 'sdg') {
    // All 17 goals are listed, with their colours, even those no plan names.
    entries = sdgGoals.map((goal) => {
      const entry = index.byKey.get(String(goal));
      if (entry) return countLink(index, entry);
      return { label: sdgLabel(goal), url: null, count: 0, sdg: sdgView(index, goal) };
    });
  }
  const regions = index.facet.name === 'country' ? regionGroups(index) : null;
  return {
    facet: index.facet,
    url: facetPath(index.facet.path),
    title: index.facet.label,
    description: `Browse ${plans.toLocaleString('en')} plans by ${inSentence(index.facet.singular)}.`,
    entries,
    regions,
    countryCount: regions
      ? regions.filter((r) => r.region !== otherPlaces).reduce((n, r) => n + r.countries.length, 0)
      : null,
    long: regions || index.facet.name === 'sdg' ? null : longList(entries),
    plans,
  };
}

function regionGroups(index: FacetIndex): RegionGroup[] {
  // Region → country → the country's own entry, then its regions and islands.
  const regions = new Map<string, Map<string, CountryGroup>>();
  for (const entry of index.entries) {
    const place = placeOf(entry.label);
    const own = place.country === null || isCountryName(entry.label);
    const country = place.country ?? entry.label;
    let countries = regions.get(place.region);
    if (!countries) regions.set(place.region, (countries = new Map()));
    let group = countries.get(country);
    if (!group) countries.set(country, (group = { name: country, own: null, places: [] }));
    // The group reads as the documents spell the country ("Viet Nam").
    if (own) {
      group.name = entry.label;
      group.own = countLink(index, entry);
    } else group.places.push(countLink(index, entry));
  }
  const collator = new Intl.Collator('en', { sensitivity: 'base' });
  return [...regions]
    .map(([region, countries]) => ({
      region,
      countries: [...countries.values()].sort((a, b) => collator.compare(a.name, b.name)),
    }))
    .sort((a, b) =>
      a.region === otherPlaces
        ? 1
        : b.region === otherPlaces
          ? -1
          : collator.compare(a.region, b.region),
    );
}
