// The About page: what the archive holds, counted from the published plans.
import type { LearningPlan } from '../../record/schema.ts';
import type { FacetCache } from '../facets/facet-index.ts';
import { typeLabels } from '../facets/values.ts';
import { tally } from './home.ts';

export interface AboutView {
  total: number;
  byType: { label: string; count: number }[];
  countries: number;
  /** The first and last year of the plans that give one; null when none does. */
  years: { first: string; last: string } | null;
  /** The plan "How to cite a plan" shows, the first one listed; null when there is none. */
  example: { title: string; year: number | null; url: string } | null;
}

export function aboutView(
  plans: LearningPlan[],
  cache: FacetCache,
  first: { title: string; year: number | null; url: string } | undefined,
): AboutView {
  const byType = tally(plans, cache, 'type');
  const years = [...tally(plans, cache, 'year').keys()].sort((a, b) => Number(a) - Number(b));
  return {
    total: plans.length,
    byType: Object.entries(typeLabels)
      .map(([key, label]) => ({ label, count: byType.get(key)?.count ?? 0 }))
      .filter((t) => t.count > 0),
    countries: tally(plans, cache, 'country').size,
    years: years.length > 0 ? { first: years[0]!, last: years.at(-1)! } : null,
    example: first ? { title: first.title, year: first.year, url: first.url } : null,
  };
}
