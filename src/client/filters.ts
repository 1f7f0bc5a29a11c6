// Facet filters shared by the search page and the map: the URL state, matching plans against
// filters and counting facet values. Pure functions, no DOM. The facets themselves are in
// src/common/facets.ts, the facet codes the build writes in src/common/facet-codes.ts.
//
// API
// - `Filters`: the selected facet keys, `{country: ['kenya'], sdg: ['13']}`. Values of one facet
//   are ORed, facets are ANDed (the usual faceted-search reading). Keys are facet keys
//   (`facetValues(plan, name).key`), never codes, so URLs outlive a rebuild.
// - `readFilters(params)` / `writeFilters(params, filters)`: filters from/to URLSearchParams;
//   repeated parameters hold several values (`?country=kenya&country=peru`). `writeFilters`
//   replaces only the facet parameters and leaves the rest alone.
// - `readSearchState(search)` / `searchStateToQuery(state)`: `{q, filters, themes}` from/to a
//   query string such as `location.search`; the query string is `''` for the empty state.
//   Themes are not facet filters (too many to list or count): `themes` holds the slugs of
//   `?theme=` parameters, which the search applies from one file per theme.
// - `toggleFilter(filters, facet, key)`, `removeFilter(...)`, `hasFilters(filters)`,
//   `filtersEqual(a, b)`: immutable helpers for the UI.
// - `compileFilters(filters, table)`: filters as code sets (unknown keys match no plan).
// - `planMatches(table, ref, compiled)`, `filterRefs(table, refs, compiled)`.
// - `countFacetValues(table, refs, compiled)`: for each facet, the count of each code among
//   `refs`, counted the disjunctive way: a facet's counts apply every filter except its own, so
//   a user sees how many results picking another value of the same facet would add.

import { filterFacets, type FilterFacet } from '../common/facets.ts';
import { perFacet, type FacetTable } from '../common/facet-codes.ts';

export type Filters = Partial<Record<FilterFacet, string[]>>;

export interface SearchState {
  q: string;
  filters: Filters;
  /** Theme slugs (`?theme=climate-change`): ORed with each other, ANDed with the rest. */
  themes: string[];
}

/** One active facet filter: the facet and its accepted codes. */
export interface CompiledFilter {
  facet: FilterFacet;
  codes: Set<number>;
}
export type CompiledFilters = CompiledFilter[];

/** `counts[facet][code]`: how many plans have that value. */
export type FacetCounts = Record<FilterFacet, number[]>;

export function readFilters(params: URLSearchParams): Filters {
  const filters: Filters = {};
  for (const facet of filterFacets) {
    const keys = [...new Set(params.getAll(facet).map((v) => v.trim()))].filter((v) => v !== '');
    if (keys.length > 0) filters[facet] = keys;
  }
  return filters;
}

export function writeFilters(params: URLSearchParams, filters: Filters): URLSearchParams {
  for (const facet of filterFacets) {
    params.delete(facet);
    for (const key of filters[facet] ?? []) params.append(facet, key);
  }
  return params;
}

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const themes = [...new Set(params.getAll('theme').map((v) => v.trim()))].filter((v) => v !== '');
  return { q: params.get('q') ?? '', filters: readFilters(params), themes };
}

export function searchStateToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q);
  writeFilters(params, state.filters);
  for (const slug of state.themes) params.append('theme', slug);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

export function hasFilters(filters: Filters): boolean {
  return filterFacets.some((f) => (filters[f]?.length ?? 0) > 0);
}

export function filtersEqual(a: Filters, b: Filters): boolean {
  return filterFacets.every((f) => {
    const x = [...(a[f] ?? [])].sort();
    const y = [...(b[f] ?? [])].sort();
    return x.length === y.length && x.every((v, i) => v === y[i]);
  });
}

export function toggleFilter(filters: Filters, facet: FilterFacet, key: string): Filters {
  const current = filters[facet] ?? [];
  return current.includes(key)
    ? removeFilter(filters, facet, key)
    : { ...filters, [facet]: [...current, key] };
}

export function removeFilter(filters: Filters, facet: FilterFacet, key: string): Filters {
  const next: Filters = { ...filters };
  const kept = (filters[facet] ?? []).filter((k) => k !== key);
  if (kept.length > 0) next[facet] = kept;
  else delete next[facet];
  return next;
}

export function compileFilters(
  filters: Filters,
  table: Pick<FacetTable, 'values'>,
): CompiledFilters {
  const compiled: CompiledFilters = [];
  for (const facet of filterFacets) {
    const keys = filters[facet];
    if (keys === undefined || keys.length === 0) continue;
    const codes = new Set<number>();
    table.values[facet].forEach((v, code) => {
      if (keys.includes(v.key)) codes.add(code);
    });
    compiled.push({ facet, codes });
  }
  return compiled;
}

function passes(table: FacetTable, ref: number, filter: CompiledFilter): boolean {
  const codes = table.codes[filter.facet][ref];
  return codes !== undefined && codes.some((c) => filter.codes.has(c));
}

export function planMatches(table: FacetTable, ref: number, compiled: CompiledFilters): boolean {
  return compiled.every((filter) => passes(table, ref, filter));
}

export function filterRefs(
  table: FacetTable,
  refs: Iterable<number>,
  compiled: CompiledFilters,
): number[] {
  const out: number[] = [];
  for (const ref of refs) if (planMatches(table, ref, compiled)) out.push(ref);
  return out;
}

export function countFacetValues(
  table: FacetTable,
  refs: Iterable<number>,
  compiled: CompiledFilters = [],
): FacetCounts {
  const counts = perFacet<number[]>(() => []);
  for (const facet of filterFacets) counts[facet] = table.values[facet].map(() => 0);
  const add = (facet: FilterFacet, ref: number): void => {
    const row = counts[facet];
    for (const code of table.codes[facet][ref] ?? []) {
      if (code >= 0) row[code] = (row[code] ?? 0) + 1;
    }
  };
  for (const ref of refs) {
    let failed: FilterFacet | null = null;
    let failures = 0;
    for (const filter of compiled) {
      if (!passes(table, ref, filter)) {
        failures += 1;
        failed = filter.facet;
        if (failures > 1) break;
      }
    }
    if (failures === 0) for (const facet of filterFacets) add(facet, ref);
    else if (failures === 1 && failed !== null) add(failed, ref);
  }
  return counts;
}
