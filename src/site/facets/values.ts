// The facets a plan can be browsed, searched and mapped by: one definition shared by the
// browse pages, the search index and the map data, so their counts always agree.
import type { LearningPlan } from '../../record/schema.ts';
import { facetKey } from '../../record/normalise.ts';
import { countryKey, placeOf } from './countries.ts';
import { sdgLabel } from './sdg.ts';

export const facetNames = [
  'type',
  'year',
  'region',
  'country',
  'method',
  'datasource',
  'sdg',
  'theme',
] as const;
export type FacetName = (typeof facetNames)[number];

export interface FacetValue {
  /** Grouping key: values with the same key are one value. */
  key: string;
  /** The value as written in this plan. */
  label: string;
}

export const typeLabels: Record<LearningPlan['type'], string> = {
  learningplan: 'Learning plan',
  solution: 'Solution',
  experiment: 'Experiment',
  unknown: 'Unknown type',
};

/**
 * A free-text value (method, data source, theme) as a label: underscores, runs of whitespace,
 * punctuation and symbols before the first word or after the last (but not an opening bracket or
 * quote, nor a closing one that has its pair) are export noise, not part of the name.
 */
export function valueLabel(value: string): string {
  let label = labels.get(value);
  if (label === undefined) {
    label = value
      .replace(/_/g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/\s+([,;:])/g, '$1')
      .replace(/^(?:(?!["'])[\s\p{Pd}\p{Po}\p{S}])+/u, '')
      .replace(/(?:(?!["')\]])[\s\p{P}\p{S}])+$/u, '');
    if (/^[^(]*\)$/.test(label)) label = label.slice(0, -1).trimEnd();
    labels.set(value, label);
  }
  return label;
}

const labels = new Map<string, string>();
const keys = new Map<string, string>();

/**
 * The grouping key of a free-text value: letters and digits only, accents and case ignored, so
 * "Co-creation", "co creation" and "co-creation." are one value, as are "adaptación" and
 * "adaptacion". Memoised: the same few thousand values recur across thousands of plans.
 */
export function valueKey(value: string): string {
  let key = keys.get(value);
  if (key === undefined) {
    key = valueLabel(value)
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    keys.set(value, key);
  }
  return key;
}

function freeText(values: { value: string }[]): FacetValue[] {
  return unique(values.map((f) => ({ key: valueKey(f.value), label: valueLabel(f.value) })));
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
          return { key: facetKey(region), label: region };
        }),
      );
    case 'country':
      return unique(plan.countries.map((c) => ({ key: countryKey(c), label: c })));
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
