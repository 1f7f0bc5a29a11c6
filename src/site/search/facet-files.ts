// The facet files of the search index (src/common/search-format.ts): the values with their
// totals, each value's plans, and every plan's codes in chunks by ref. A search reads the values,
// the plans of the values it filters on, and the codes of the results it counts; none of these
// files grows with the archive except a value's plans, which grow with that value alone.
import { encodeFacets, perFacet } from '../../common/facet-codes.ts';
import { filterFacets, type FacetTitles } from '../../common/facets.ts';
import { packCodes } from '../../common/map-format.ts';
import {
  facetFiles,
  packRefs,
  type FacetCodesChunk,
  type FacetValuesFile,
} from '../../common/search-format.ts';
import type { LearningPlan } from '../../record/schema.ts';
import { facetValues } from '../facets/values.ts';

export function facetFileSet(
  plans: readonly LearningPlan[],
  titles: FacetTitles,
  codeChunk: number,
): Map<string, string> {
  const table = encodeFacets(plans, facetValues);
  const files = new Map<string, string>();
  const totals = perFacet<number[]>(() => []);
  for (const facet of filterFacets) {
    const plansOf: number[][] = table.values[facet].map(() => []);
    table.codes[facet].forEach((codes, ref) => {
      for (const code of codes) plansOf[code]?.push(ref);
    });
    totals[facet] = plansOf.map((refs) => refs.length);
    plansOf.forEach((refs, code) =>
      files.set(facetFiles.plans(facet, code), JSON.stringify(packRefs(refs))),
    );
  }
  const values: FacetValuesFile = { values: table.values, titles, totals };
  files.set(facetFiles.values, JSON.stringify(values));
  for (let from = 0, chunk = 0; from < plans.length; from += codeChunk, chunk++) {
    const codes: FacetCodesChunk = filterFacets.map((facet) =>
      packCodes(table.codes[facet].slice(from, from + codeChunk)),
    );
    files.set(facetFiles.codes(chunk), JSON.stringify(codes));
  }
  return files;
}
