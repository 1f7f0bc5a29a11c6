// The `[[key:value]]` header tags → the typed fields of a record, with diagnostics for values
// that cannot be used. Nothing is dropped: unknown keys and unusable values go to `meta`.
import type { PlanTag } from '../mdast/tag.ts';
import type { Consent, Diagnostic, Facet, LearningPlan, Location, Sdg } from './schema.ts';
import { planTypes } from './schema.ts';
import { facetKey } from '../common/facet-key.ts';
import { emptyHeader } from './empty.ts';
import { cleanValue } from './text.ts';
import { isFocalPointKey } from './contact-details.ts';
import { addMeta } from './meta.ts';

export type HeaderFields = Pick<
  LearningPlan,
  | 'type'
  | 'year'
  | 'focalPoint'
  | 'locations'
  | 'countries'
  | 'methods'
  | 'datasources'
  | 'thematicAreas'
  | 'sdgs'
  | 'consent'
  | 'meta'
>;

type Report = (
  tag: PlanTag | null,
  severity: Diagnostic['severity'],
  code: string,
  message: string,
) => void;

const facetKeys = {
  methods: 'methods',
  datasources: 'datasources',
  thematic_areas: 'thematicAreas',
} as const;

function isFacetKey(key: string): key is keyof typeof facetKeys {
  return Object.hasOwn(facetKeys, key);
}

export function readHeader(tags: PlanTag[], report: Report): HeaderFields {
  const fields = emptyHeader();
  let typeTag: PlanTag | null = null;
  let yearTag: PlanTag | null = null;
  let pendingCountry: { name: string; tag: PlanTag } | null = null;
  const seenLocations = new Set<string>();
  const seenFacets = new Set<string>();

  const unpaired = (): void => {
    if (!pendingCountry) return;
    report(
      pendingCountry.tag,
      'warning',
      'country-without-latlng',
      `The country "${pendingCountry.name}" has no [[latlng:...]] line after it, so it is not on the map. Add its latitude and longitude on the next line.`,
    );
    pendingCountry = null;
  };

  for (const tag of tags) {
    const key = tag.key.trim();
    const value = cleanValue(tag.value);
    if (key === 'type') {
      typeTag = tag;
      const type = value.toLowerCase();
      if ((planTypes as readonly string[]).includes(type) && type !== 'unknown') {
        fields.type = type as LearningPlan['type'];
      } else {
        addMeta(fields.meta, 'type', value);
        report(
          tag,
          'warning',
          'type-unknown',
          `Unknown type "${value}": expected learningplan, solution or experiment.`,
        );
      }
    } else if (key === 'year') {
      yearTag = tag;
      if (/^\d{4}$/.test(value)) fields.year = Number(value);
      else {
        addMeta(fields.meta, 'year', value);
        report(tag, 'warning', 'year-invalid', `The year "${value}" is not a four-digit year.`);
      }
    } else if (isFocalPointKey(key) && fields.focalPoint === null) {
      // `Focal_Point`, `focal point`: any spelling is the focal point; a second one stays in meta.
      fields.focalPoint = value || null;
    } else if (key === 'country') {
      unpaired();
      if (value && !fields.countries.includes(value)) fields.countries.push(value);
      if (value) pendingCountry = { name: value, tag };
    } else if (key === 'latlng') {
      const point = parseLatLng(value);
      if (!point) {
        addMeta(fields.meta, 'latlng', value);
        report(
          tag,
          'warning',
          'latlng-invalid',
          `"${value}" is not a latitude,longitude pair in range (-90..90, -180..180).`,
        );
        pendingCountry = null;
      } else if (!pendingCountry) {
        addMeta(fields.meta, 'latlng', value);
        report(
          tag,
          'warning',
          'latlng-without-country',
          `The point ${value} has no [[country:...]] line before it.`,
        );
      } else {
        const location: Location = { country: pendingCountry.name, ...point };
        const id = `${location.country}\u0000${location.lat}\u0000${location.lng}`;
        if (!seenLocations.has(id)) {
          seenLocations.add(id);
          fields.locations.push(location);
        }
        pendingCountry = null;
      }
    } else if (key === 'sdgs') {
      const sdg = parseSdg(value);
      if (sdg) {
        if (!fields.sdgs.some((s) => s.goal === sdg.goal)) fields.sdgs.push(sdg);
      } else {
        addMeta(fields.meta, 'sdgs', value);
        report(
          tag,
          'warning',
          'sdg-invalid',
          `"${value}" is not an SDG: expected "N. Name" with N from 1 to 17.`,
        );
      }
    } else if (isFacetKey(key)) {
      // An empty value (`[[datasources:]]`) is kept, so nothing written is lost; its key is ''
      // and the site's facets skip it.
      const facet: Facet = { value, key: facetKey(value) };
      const id = `${key}\u0000${facet.key}\u0000${facet.value}`;
      if (!seenFacets.has(id)) {
        seenFacets.add(id);
        fields[facetKeys[key]].push(facet);
      }
    } else {
      addMeta(fields.meta, key, value);
      if (key === 'consent' && !fields.consent) fields.consent = parseConsent(value);
    }
  }
  unpaired();

  if (!typeTag)
    report(
      null,
      'warning',
      'type-unknown',
      'The document has no [[type:...]] line: add [[type:learningplan]], [[type:solution]] or [[type:experiment]].',
    );
  if (!yearTag)
    report(
      null,
      'warning',
      'year-missing',
      'The document has no [[year:...]] line: add one such as [[year:2024]].',
    );
  return fields;
}

export function parseLatLng(value: string): { lat: number; lng: number } | null {
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(value);
  if (!match) return null;
  const lat = Number(match[1]);
  const lng = Number(match[2]);
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;
  return { lat, lng };
}

export function parseSdg(value: string): Sdg | null {
  const match = /^(\d{1,2})\.(.*)$/s.exec(value);
  if (!match) return null;
  const goal = Number(match[1]);
  if (goal < 1 || goal > 17) return null;
  return { goal, label: (match[2] ?? '').trimStart() };
}

/** Consent values are document URLs, some with `https:/` or `Https://` (format.md §6.25). */
export function parseConsent(raw: string): Consent {
  const found = /(?<![a-z])([a-z]+):\/\S+/i.exec(raw);
  if (!found) return { raw, url: null, public: false };
  const scheme = (found[1] ?? '').toLowerCase();
  const rest = found[0].slice(found[0].indexOf(':') + 1).replace(/^\/+/, '');
  const url = scheme === 'file' ? `file:///${rest}` : `${scheme}://${rest}`;
  return { raw, url, public: scheme === 'http' || scheme === 'https' };
}
