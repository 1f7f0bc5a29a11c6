// One state for the words and the filters. A fielded word whose value is a filter value
// (`country:kenya`, `method:"design thinking"`) is that filter: it ticks the box, shows as a
// chip, and un-ticking the box removes it from the query. The URL keeps what the user did
// (the query as typed, the boxes ticked), so both ways of asking read back the same.
import type { FilterFacet } from '../../common/facets.ts';
import { fieldCodeOf } from '../../common/search-fields.ts';
import type { FacetData } from '../../common/search-format.ts';
import { facetKey } from '../../common/facet-key.ts';
import { foldAccents } from '../../common/search-text.ts';
import { variantKey } from '../../common/variants.ts';
import type { Filters } from '../filters.ts';

/** Search fields that are also filters. */
const facetOfField: Readonly<Record<string, FilterFacet>> = {
  c: 'country',
  m: 'method',
  d: 'datasource',
  s: 'sdg',
  r: 'year',
  y: 'type',
};

export interface FieldFilter {
  facet: FilterFacet;
  key: string;
  /** Where the `field:value` part is in the query, to remove it. */
  start: number;
  end: number;
}

// A field name starts a word, so a long word is scanned once, not from each of its letters.
const fieldPart = /(?<!\p{L})(\p{L}+):(?:"([^"]*)"|([^\s"]+))/gu;

/** A typed value as a facet key: "South Africa" → south-africa. */
function keyOf(value: string): string {
  return foldAccents(value)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The fielded words of `q` that name a value of a filter facet. */
export function fieldFilters(q: string, facets: FacetData): FieldFilter[] {
  const found: FieldFilter[] = [];
  for (const match of q.matchAll(fieldPart)) {
    const [part, name = '', quoted, bare] = match;
    const code = fieldCodeOf(name);
    const facet = code === null ? undefined : facetOfField[code];
    if (facet === undefined) continue;
    const key = keyOf(quoted ?? bare ?? '');
    // The site's grouping key too, so "behavioural insights" finds "Behavioral insight".
    const grouped = variantKey(facetKey(quoted ?? bare ?? ''));
    const value = facets.values[facet].find(
      (v) => v.key === key || v.key === grouped || keyOf(v.key) === key || keyOf(v.label) === key,
    );
    if (value === undefined) continue;
    found.push({ facet, key: value.key, start: match.index, end: match.index + part.length });
  }
  return found;
}

/** The query without one of its parts, spaces tidied. */
export function withoutPart(q: string, part: { start: number; end: number }): string {
  return `${q.slice(0, part.start)} ${q.slice(part.end)}`.replace(/\s+/g, ' ').trim();
}

/** The query without these parts, the last first so the earlier offsets hold. */
export function withoutParts(q: string, parts: readonly FieldFilter[]): string {
  return [...parts].sort((a, b) => b.start - a.start).reduce((rest, p) => withoutPart(rest, p), q);
}

/**
 * The query without its filter parts: the words left to search for. A space typed after the
 * last word stays, since it says the word is finished (query.ts).
 */
export function textOf(q: string, parts: readonly FieldFilter[]): string {
  if (parts.length === 0) return q;
  const text = withoutParts(q, parts);
  const finished = /\s$/.test(q) || parts.some((p) => p.end === q.length);
  return text === '' || !finished ? text : `${text} `;
}

/**
 * The query with a filter written at its end as `field:value` (`country:kenya`,
 * `method:"design thinking"`), the way a user would type it; null when the value cannot be
 * written so that it reads back as that filter (the URL then holds it).
 */
export function withFilterPart(
  q: string,
  facet: FilterFacet,
  key: string,
  facets: FacetData,
): string | null {
  if (key.includes('"')) return null;
  // The facet names are field names: `country`, `method`, `datasource`, `sdg`, `year`, `type`.
  const part = /^[^\s:]+$/.test(key) ? `${facet}:${key}` : `${facet}:"${key}"`;
  const trimmed = q.trimEnd();
  const next = trimmed === '' ? part : `${trimmed} ${part}`;
  const added = fieldFilters(next, facets).find((p) => p.end === next.length);
  return added?.facet === facet && added.key === key ? next : null;
}

/** The URL's filters and the query's filter parts together. */
export function mergeFilters(filters: Filters, parts: readonly FieldFilter[]): Filters {
  const merged: Filters = { ...filters };
  for (const { facet, key } of parts) {
    const keys = merged[facet] ?? [];
    if (!keys.includes(key)) merged[facet] = [...keys, key];
  }
  return merged;
}
