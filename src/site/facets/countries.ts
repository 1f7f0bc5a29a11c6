// Country data from `world-countries`, plus a small alias table for the place names in the
// archive that are not countries (Honshu, Wales, Puntland...), so each lands under its country.
import { createRequire } from 'node:module';
import { placeKey } from '../../record/normalise.ts';

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  ccn3: string;
  altSpellings: string[];
  region: string;
  subregion: string;
}

const require = createRequire(import.meta.url);
const worldCountries = require('world-countries') as WorldCountry[];

export interface Place {
  /** The name as written in the document. */
  name: string;
  /** The country it belongs to, or null for places no table knows ("Other places"). */
  country: string | null;
  iso2: string | null;
  iso3: string | null;
  /** ISO 3166-1 numeric code, as used by world-atlas for country shapes. */
  numeric: string | null;
  /** Africa, Americas, Asia, Europe, Oceania, Antarctic, or "Other places". */
  region: string;
  subregion: string | null;
}

/** Other names of a country that `world-countries` does not list, mapped to ISO alpha-3 codes. */
const spellings = new Map<string, string>([
  ['turkey', 'TUR'],
  ['the gambia', 'GMB'],
  ['hong kong', 'HKG'],
]);

/** Place names that are regions or islands of a country, mapped to ISO alpha-3 codes. */
const regions = new Map<string, string>([
  ['federation of bosnia and herzegovina', 'BIH'],
  ['republika srpska', 'BIH'],
  ['england', 'GBR'],
  ['wales', 'GBR'],
  ['scotland', 'GBR'],
  ['northern ireland', 'GBR'],
  ['trinidad', 'TTO'],
  ['tobago', 'TTO'],
  ['kurdistan region', 'IRQ'],
  ['honshu', 'JPN'],
  ['canary islands', 'ESP'],
  ['vojvodina', 'SRB'],
  ['puntland', 'SOM'],
  ['somaliland', 'SOM'],
  ['north island', 'NZL'],
  ['south island', 'NZL'],
  ['flemish brabant', 'BEL'],
  ['walloon brabant', 'BEL'],
  ['pante makassar subdistrict', 'TLS'],
  ['gaza strip', 'PSE'],
  ['galapagos province', 'ECU'],
  ['antigua', 'ATG'],
  ['adjara', 'GEO'],
]);

function fold(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const byCode = new Map(worldCountries.map((c) => [c.cca3, c]));
const byName = new Map<string, WorldCountry>();
for (const c of worldCountries) {
  for (const n of [c.name.common, c.name.official, ...c.altSpellings]) {
    if (!byName.has(fold(n))) byName.set(fold(n), c);
  }
}

const cache = new Map<string, Place>();

/** Where a place name from a `[[country:...]]` tag belongs. */
export function placeOf(name: string): Place {
  const known = cache.get(name);
  if (known) return known;
  const key = fold(name);
  const alias = spellings.get(key) ?? regions.get(key);
  const match = alias ? byCode.get(alias) : byName.get(key);
  const place: Place = match
    ? {
        name,
        country: match.name.common,
        iso2: match.cca2,
        iso3: match.cca3,
        numeric: match.ccn3 || null,
        region: match.region,
        subregion: match.subregion || null,
      }
    : {
        name,
        country: null,
        iso2: null,
        iso3: null,
        numeric: null,
        region: 'Other places',
        subregion: null,
      };
  cache.set(name, place);
  return place;
}

/**
 * Whether a place name is a country's own name (or a spelling of it, such as "Viet Nam"), as
 * opposed to a region or island within it (Wales, Honshu): the countries page nests only those.
 */
export function isCountryName(name: string): boolean {
  const key = fold(name);
  return byName.has(key) || spellings.has(key);
}

/**
 * The facet key of a place name: every spelling of one country shares a key (Turkey and Türkiye,
 * Viet Nam and Vietnam are one value); regions, islands and unknown places keep their own.
 */
export function countryKey(name: string): string {
  const country = isCountryName(name) ? placeOf(name).country : null;
  return placeKey(country ?? name);
}
