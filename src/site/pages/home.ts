// The home page: what the archive holds, as bar charts whose bars link to their plans, and the
// plans of the newest year.
import type { LearningPlan } from '../../record/schema.ts';
import { browseFacetNames } from '../config.ts';
import type { FacetCache, FacetIndexes } from '../facets/facet-index.ts';
import { sdgColours, sdgGoals, sdgLabel } from '../facets/sdg.ts';
import { typeLabels, type FacetName } from '../facets/values.ts';
import { cardView, type CardView } from './card.ts';
import { barChart, type ChartView } from './charts.ts';
import { facetPath, searchPath, valuePath } from '../urls.ts';

export interface HomeView {
  total: number;
  counts: { label: string; url: string; count: number }[];
  charts: ChartView[];
  recent: RecentView;
}

/** Plans of the newest year, since documents give a year and no date. */
export interface RecentView {
  year: number | null;
  /** All the plans of that year, and how many countries they come from. */
  total: number;
  countries: number;
  cards: CardView[];
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
  const byRegion = [...tally(plans, cache, 'region')].sort((a, b) => b[1].count - a[1].count);
  const bySdg = tally(plans, cache, 'sdg');
  // The value page of a bar, when the facet has pages and the value one.
  const page = (name: FacetName, key: string): string | null => {
    const index = indexes[name];
    const entry = index?.byKey.get(key);
    return index && entry ? valuePath(index.facet.path, entry.slug) : null;
  };
  return {
    total: plans.length,
    counts,
    charts: [
      barChart(
        'Plans by type',
        Object.entries(typeLabels)
          .map(([key, label]) => ({
            label,
            value: byType.get(key)?.count ?? 0,
            url: page('type', key),
          }))
          .filter((b) => b.value > 0),
      ),
      barChart(
        'Plans by year',
        byYear.map(([key, t]) => ({ label: t.label, value: t.count, url: page('year', key) })),
      ),
      // Regions have no pages of their own: the search lists a region's plans.
      barChart(
        'Plans by region',
        byRegion.map(([key, t]) => ({
          label: t.label,
          value: t.count,
          url: searchPath([{ facet: 'region', key }]),
        })),
      ),
      barChart(
        'Plans by SDG',
        sdgGoals.map((goal) => ({
          label: sdgLabel(goal),
          value: bySdg.get(String(goal))?.count ?? 0,
          url: page('sdg', String(goal)),
          colour: sdgColours[goal - 1],
        })),
      ),
    ],
    recent: recentPlans(plans, 12, cards),
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
 * A title that starts with a word: not a check mark, quote or underscore the export left, nor a
 * list number or a year glued on ("1. Baskets", "2025_Capacities").
 */
const cleanStart = /^\p{L}/u;

/**
 * Plans of the newest year, one per country while there are enough: a year's plans are often
 * hundreds from one country (1,800 from Zambia in 2025), and the home page should show the
 * archive's range. `plans` is newest first, a year's plans by title.
 */
function recentPlans(
  plans: LearningPlan[],
  count: number,
  cards: Map<LearningPlan, CardView>,
): RecentView {
  const year = plans[0]?.year ?? null;
  const ofYear = plans.filter((p) => p.year === year);
  const candidates = ofYear.filter((p) => cleanStart.test(p.title));
  const chosen = new Set<LearningPlan>();
  const countries = new Set<string>();
  for (const plan of candidates) {
    const country = plan.countries[0] ?? '';
    if (chosen.size === count || (country !== '' && countries.has(country))) continue;
    countries.add(country);
    chosen.add(plan);
  }
  // Fewer countries than places: fill up with more plans of the year.
  for (const plan of candidates) if (chosen.size < count) chosen.add(plan);
  return {
    year,
    total: ofYear.length,
    countries: new Set(ofYear.flatMap((p) => p.countries)).size,
    cards: candidates.filter((p) => chosen.has(p)).map((p) => cards.get(p) ?? cardView(p)),
  };
}
