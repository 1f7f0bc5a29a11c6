// The home page: what the archive holds, as small static SVG charts, and the newest plans.
import type { LearningPlan } from '../../record/schema.ts';
import { browseFacetNames } from '../config.ts';
import type { FacetCache, FacetIndexes } from '../facets/facet-index.ts';
import { sdgColours, sdgGoals, sdgLabel } from '../facets/sdg.ts';
import { typeLabels, type FacetName } from '../facets/values.ts';
import { cardView, type CardView } from './card.ts';
import { barChart } from './charts.ts';
import { facetPath } from '../urls.ts';

export interface HomeView {
  total: number;
  counts: { label: string; url: string; count: number }[];
  charts: { title: string; svg: string }[];
  recent: CardView[];
}

export function homeView(
  plans: LearningPlan[],
  indexes: FacetIndexes,
  cards: Map<LearningPlan, CardView>,
  cache: FacetCache,
): HomeView {
  const counts = browseFacetNames.flatMap((name) => {
    const index = indexes[name];
    return index
      ? [
          {
            label: index.facet.label,
            url: facetPath(index.facet.path),
            count: index.entries.length,
          },
        ]
      : [];
  });
  const byType = tally(plans, cache, 'type');
  const byYear = [...tally(plans, cache, 'year')].sort((a, b) => Number(a[0]) - Number(b[0]));
  const byRegion = [...tally(plans, cache, 'region').values()].sort((a, b) => b.count - a.count);
  const bySdg = tally(plans, cache, 'sdg');
  return {
    total: plans.length,
    counts,
    charts: [
      {
        title: 'Plans by type',
        svg: barChart(
          'Plans by type',
          Object.entries(typeLabels)
            .map(([key, label]) => ({ label, value: byType.get(key)?.count ?? 0 }))
            .filter((b) => b.value > 0),
        ),
      },
      {
        title: 'Plans by year',
        svg: barChart(
          'Plans by year',
          byYear.map(([, t]) => ({ label: t.label, value: t.count })),
        ),
      },
      {
        title: 'Plans by region',
        svg: barChart(
          'Plans by region',
          byRegion.map((t) => ({ label: t.label, value: t.count })),
        ),
      },
      {
        title: 'Plans by SDG',
        svg: barChart(
          'Plans by SDG',
          sdgGoals.map((goal) => ({
            label: sdgLabel(goal),
            value: bySdg.get(String(goal))?.count ?? 0,
            colour: sdgColours[goal - 1],
          })),
        ),
      },
    ],
    recent: recentPlans(plans, 12).map((p) => cards.get(p) ?? cardView(p)),
  };
}

/** How many plans have each value of a facet, by the value's key. */
export function tally(
  plans: LearningPlan[],
  cache: FacetCache,
  name: FacetName,
): Map<string, { label: string; count: number }> {
  const out = new Map<string, { label: string; count: number }>();
  for (const plan of plans) {
    for (const v of cache.values(plan, name)) {
      const t = out.get(v.key) ?? { label: v.label, count: 0 };
      t.count++;
      out.set(v.key, t);
    }
  }
  return out;
}

/**
 * The newest plans, one per country while there are enough: a year's plans are often hundreds
 * from one country (1,800 from Zambia in 2025), and the home page should show the archive's range.
 * `plans` is newest first.
 */
function recentPlans(plans: LearningPlan[], count: number): LearningPlan[] {
  const chosen = new Set<number>();
  const countries = new Set<string>();
  plans.forEach((plan, i) => {
    const country = plan.countries[0] ?? '';
    if (chosen.size === count || (country !== '' && countries.has(country))) return;
    countries.add(country);
    chosen.add(i);
  });
  // Fewer countries than places: fill up with the newest plans not yet shown.
  for (let i = 0; i < plans.length && chosen.size < count; i++) chosen.add(i);
  return [...chosen].sort((a, b) => a - b).map((i) => plans[i] as LearningPlan);
}
