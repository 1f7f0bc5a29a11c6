// The results a search keeps once its filters apply, and the facet counts beside them, from
// files that stay small however large the archive: the plans of the ticked values (one file per
// value) decide which results pass, and the facet codes of at most `countLimit` results are
// fetched for the counts. With more results than that the counts are of the first `countLimit`,
// and say so (`countedIn`), rather than show a part as the whole.
import { compileFilters, countFacetValues, type FacetCounts, type Filters } from '../filters.ts';
import { filterFacets } from '../../common/facets.ts';
import { perFacet } from '../../common/facet-codes.ts';
import type { SearchIndex } from './loader.ts';

/** Results counted at most: their codes cost about 25 bytes each, compressed. */
export const countLimit = 100;

export interface CountedFacets {
  /** The matches that pass every filter, in rank order. */
  refs: number[];
  counts: FacetCounts;
  /** How many results the counts are from, when not from all of them; null when exact. */
  countedIn: number | null;
}

export interface FilteredResults {
  /** The matches that pass every filter, in rank order. */
  refs: number[];
  /** The counts, fetched when first asked: the results need not wait for them. */
  counted: () => Promise<Omit<CountedFacets, 'refs'>>;
}

/**
 * The results after the filters at once (one small file per ticked value), and their counts on
 * demand: the counts fetch the codes of up to `countLimit` results, many small files, so the
 * page shows the results first. `matched`: the text matches in rank order (every plan when there
 * are no words). Counts are disjunctive, as in `countFacetValues`: a facet's counts apply every
 * filter but its own.
 */
export async function filterResults(
  index: SearchIndex,
  matched: readonly number[],
  filters: Filters,
): Promise<FilteredResults> {
  const facets = await index.facets();
  const compiled = compileFilters(filters, facets);
  if (compiled.length === 0 && matched.length === index.manifest.docs) {
    // The whole archive: the build counted it.
    const counts = perFacet<number[]>(() => []);
    for (const facet of filterFacets) counts[facet] = facets.totals[facet].slice();
    return { refs: matched.slice(), counted: () => Promise.resolve({ counts, countedIn: null }) };
  }
  const passing = await Promise.all(compiled.map((f) => index.plansOf(f.facet, f.codes)));
  const refs: number[] = [];
  // Results that fail at most one filter: the facet of that filter counts them.
  const counted: number[] = [];
  for (const ref of matched) {
    let failures = 0;
    for (const plans of passing) if (!plans.has(ref) && ++failures > 1) break;
    if (failures === 0) refs.push(ref);
    if (failures <= 1) counted.push(ref);
  }
  const sample = counted.slice(0, countLimit);
  // Fetched on demand, so the codes' many small files do not compete with the results' files.
  let counts: Promise<Omit<CountedFacets, 'refs'>> | null = null;
  const load = (): Promise<Omit<CountedFacets, 'refs'>> =>
    (counts ??= index.facetCodes(sample).then((table) => ({
      counts: countFacetValues(table, sample, compiled),
      countedIn: counted.length > countLimit ? countLimit : null,
    })));
  return { refs, counted: load };
}
