// Facet aggregation for the browse pages: every value of a facet with its plans (newest first),
// its display label (the most common written form) and a unique slug. Counts come only from
// `facetValues`, so browse pages, search facets and map filters agree.
import type { LearningPlan } from '../../record/schema.ts';
import type { BrowseFacetName, FacetConfig } from '../config.ts';
import { facetValues, type FacetName } from './values.ts';
import { slugAllocator } from './slugs.ts';

export interface FacetEntry {
  key: string;
  label: string;
  slug: string;
  plans: LearningPlan[];
}

export interface FacetIndex {
  facet: FacetConfig;
  /** Display order: SDGs by goal, years newest first, types as declared, others alphabetical. */
  entries: FacetEntry[];
  byKey: Map<string, FacetEntry>;
}

/** The index of each configured facet, by facet name. */
export type FacetIndexes = Partial<Record<string, FacetIndex>>;

const typeOrder = ['learningplan', 'solution', 'experiment', 'unknown'];

/** Titles in reading order: quotes and brackets ignored, case and accents too, "2" before "10". */
const byTitle = new Intl.Collator('en', {
  sensitivity: 'base',
  ignorePunctuation: true,
  numeric: true,
});

/** Newest first; undated plans last; then by title so the order is stable between builds. */
export function newestFirst(a: LearningPlan, b: LearningPlan): number {
  const ya = a.year ?? -Infinity;
  const yb = b.year ?? -Infinity;
  if (ya !== yb) return yb - ya;
  return byTitle.compare(a.title, b.title) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

/** Memoises `facetValues` per plan and facet: the model asks for the same values many times. */
export class FacetCache {
  readonly #cache = new Map<LearningPlan, Map<FacetName, ReturnType<typeof facetValues>>>();

  values(plan: LearningPlan, name: FacetName): ReturnType<typeof facetValues> {
    let byName = this.#cache.get(plan);
    if (!byName) this.#cache.set(plan, (byName = new Map()));
    let values = byName.get(name);
    if (!values) byName.set(name, (values = facetValues(plan, name)));
    return values;
  }
}

function mostCommon(labels: Map<string, number>): string {
  let best = '';
  let bestCount = 0;
  // Map iteration is insertion order, so ties go to the form seen first.
  for (const [label, count] of labels) {
    if (count > bestCount) [best, bestCount] = [label, count];
  }
  return best;
}

function displayOrder(name: BrowseFacetName): (a: FacetEntry, b: FacetEntry) => number {
  switch (name) {
    case 'sdg':
      return (a, b) => Number(a.key) - Number(b.key);
    case 'year':
      return (a, b) => Number(b.key) - Number(a.key);
    case 'type':
      return (a, b) => typeOrder.indexOf(a.key) - typeOrder.indexOf(b.key);
    default: {
      const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
      return (a, b) => collator.compare(a.label, b.label) || (a.key < b.key ? -1 : 1);
    }
  }
}

/** Group `plans` (already sorted newest first) by the values of one facet. */
export function buildFacetIndex(
  plans: LearningPlan[],
  facet: FacetConfig,
  cache = new FacetCache(),
): FacetIndex {
  const groups = new Map<
    string,
    { labels: Map<string, number>; implied: string; plans: LearningPlan[] }
  >();
  for (const plan of plans) {
    for (const value of cache.values(plan, facet.name)) {
      let group = groups.get(value.key);
      if (!group) groups.set(value.key, (group = { labels: new Map(), implied: '', plans: [] }));
      // A country is named as the documents write it; its table name only when none does.
      if (value.implied) group.implied = value.label;
      else group.labels.set(value.label, (group.labels.get(value.label) ?? 0) + 1);
      group.plans.push(plan);
    }
  }
  const entries: FacetEntry[] = [...groups].map(([key, g]) => ({
    key,
    label: mostCommon(g.labels) || g.implied,
    slug: '',
    plans: g.plans,
  }));
  entries.sort(displayOrder(facet.name));
  // Slugs are allocated in display order so the same archive always gets the same slugs.
  const allocate = slugAllocator(facet.name);
  for (const entry of entries) entry.slug = allocate(entry.label);
  return { facet, entries, byKey: new Map(entries.map((e) => [e.key, e])) };
}
