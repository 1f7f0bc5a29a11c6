// The facet values of the filter facets as small integer codes, written by the build into the
// search and map data and read by the browser: each facet's values in code order and each
// plan's codes (plan ref = index in the published plans).
import { filterFacets, type FilterFacet } from './facets.ts';

export interface FacetLabel {
  key: string;
  label: string;
}

export interface FacetTable {
  /** `values[facet][code]`: the value with that code. */
  values: Record<FilterFacet, FacetLabel[]>;
  /** `codes[facet][ref]`: the codes of plan `ref` for that facet (usually 0 to 3 of them). */
  codes: Record<FilterFacet, number[][]>;
}

/** A record with one fresh entry per filter facet. */
export function perFacet<T>(make: () => T): Record<FilterFacet, T> {
  const out = {} as Record<FilterFacet, T>;
  for (const facet of filterFacets) out[facet] = make();
  return out;
}

/** Years newest first, SDGs by number, everything else by label. */
function compareValues(facet: FilterFacet, a: FacetLabel, b: FacetLabel): number {
  if (facet === 'year') return Number(b.key) - Number(a.key);
  if (facet === 'sdg') return Number(a.key) - Number(b.key);
  return (
    a.label.localeCompare(b.label, 'en', { sensitivity: 'base' }) || a.key.localeCompare(b.key)
  );
}

/**
 * The `FacetTable` of `plans`. Pass `facetValues` from src/site/facets/values.ts as `valuesOf`, so
 * every count agrees with the browse pages.
 */
export function encodeFacets<P>(
  plans: readonly P[],
  valuesOf: (plan: P, facet: FilterFacet) => FacetLabel[],
): FacetTable {
  const values = perFacet<FacetLabel[]>(() => []);
  const codes = perFacet<number[][]>(() => []);
  for (const facet of filterFacets) {
    // The first label seen for a key names the value, as on the browse pages.
    const byKey = new Map<string, FacetLabel>();
    const perPlan = plans.map((plan) => valuesOf(plan, facet));
    for (const list of perPlan) {
      for (const v of list) if (!byKey.has(v.key)) byKey.set(v.key, { key: v.key, label: v.label });
    }
    const sorted = [...byKey.values()].sort((a, b) => compareValues(facet, a, b));
    const codeOf = new Map(sorted.map((v, i) => [v.key, i]));
    values[facet] = sorted;
    codes[facet] = perPlan.map((list) => [...new Set(list.map((v) => codeOf.get(v.key) ?? -1))]);
  }
  return { values, codes };
}
