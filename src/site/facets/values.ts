// The values of each facet for a plan: one definition shared by the browse pages, the search
// index and the map data, so their counts always agree. The facets are in src/common/facets.ts.
import type { FacetName } from '../../common/facets.ts';
import type { Facet, LearningPlan } from '../../record/schema.ts';
import { placeKey } from '../../record/normalise.ts';
import { facetLabel } from '../../common/facet-key.ts';
import { countryKey, isCountryName, placeOf } from './countries.ts';
import { sdgLabel } from './sdg.ts';
import { variantKey } from '../../common/variants.ts';

export type { FacetName };

export interface FacetValue {
  /** Grouping key: values with the same key are one value. */
  key: string;
  /** The value as written in this plan. */
  label: string;
  /** Not written in the plan but implied (the country of a region): its label does not vote. */
  implied?: true;
}

export const typeLabels: Record<LearningPlan['type'], string> = {
  learningplan: 'Learning plan',
  solution: 'Solution',
  experiment: 'Experiment',
  unknown: 'Unknown type',
};

/**
 * A method, data source or theme: grouped by the record's key (src/common/facet-key.ts) with
 * plurals and spelling variants as one (src/common/variants.ts).
 */
function freeText(values: Facet[]): FacetValue[] {
  return unique(values.map((f) => ({ key: variantKey(f.key), label: facetLabel(f.value) })));
}

function unique(values: FacetValue[]): FacetValue[] {
  const seen = new Set<string>();
  return values.filter((v) => v.key !== '' && !seen.has(v.key) && seen.add(v.key));
}

/** The values of one facet for one plan, deduplicated by key. */
export function facetValues(plan: LearningPlan, name: FacetName): FacetValue[] {
  switch (name) {
    case 'type':
      return [{ key: plan.type, label: typeLabels[plan.type] }];
    case 'year':
      return plan.year === null ? [] : [{ key: String(plan.year), label: String(plan.year) }];
    case 'region':
      return unique(
        plan.countries.map((c) => {
          const region = placeOf(c).region;
          return { key: placeKey(region), label: region };
        }),
      );
    case 'country':
      // A place below country level (Honshu) is also its country (Japan): Japan's page, filter
      // and count include the plans that name only Honshu.
      return unique(
        plan.countries.flatMap((c) => {
          const own = { key: countryKey(c), label: c };
          const country = isCountryName(c) ? null : placeOf(c).country;
          return country
            ? [own, { key: countryKey(country), label: country, implied: true as const }]
            : [own];
        }),
      );
    case 'method':
      return freeText(plan.methods);
    case 'datasource':
      return freeText(plan.datasources);
    case 'theme':
      return freeText(plan.thematicAreas);
    case 'sdg':
      return plan.sdgs.map((s) => ({ key: String(s.goal), label: sdgLabel(s.goal) }));
  }
}
