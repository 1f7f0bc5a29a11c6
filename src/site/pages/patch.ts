// One plan's text edited: its page made again, and the pages that show its card found, without
// building the rest of the model. For `serve`'s quick update (src/serve/live-site.ts): the full
// build that follows remakes what a plan's words also feed (related plans, search, map, exports).
import type { LearningPlan } from '../../record/schema.ts';
import { newestFirst } from '../facets/facet-index.ts';
import { cardView } from './card.ts';
import type { ModelParts, PlanPage, ValuePage } from './model.ts';
import { planPage } from './plan-page.ts';

/** What places a plan on the site: its address, its facet values, whether it is published. */
const placing = [
  'id',
  'slug',
  'type',
  'year',
  'locations',
  'countries',
  'methods',
  'datasources',
  'thematicAreas',
  'sdgs',
  'meta',
  'draft',
] as const satisfies readonly (keyof LearningPlan)[];

/** Whether `next` sits where `previous` did: same page, same facet values, same lists. */
export function samePlace(previous: LearningPlan, next: LearningPlan): boolean {
  return placing.every((key) => JSON.stringify(previous[key]) === JSON.stringify(next[key]));
}

/** Whether the plan at `index` may become `plan` without moving in the newest-first order. */
export function keepsOrder(parts: ModelParts, index: number, plan: LearningPlan): boolean {
  const before = parts.plans[index - 1];
  const after = parts.plans[index + 1];
  return (!before || newestFirst(before, plan) < 0) && (!after || newestFirst(plan, after) < 0);
}

/** The pages that print the edited plan, with their views already updated. */
export interface PatchedPages {
  plans: PlanPage[];
  values: ValuePage[];
  /** Whether the home page lists the plan. */
  home: boolean;
}

/**
 * Put `plan` (published, as the contact policy left it) in place of the plan at `index`, which
 * `samePlace` and `keepsOrder` accepted. Its card is changed in place, so every list that shows
 * it shows the new one; the returned pages are those to write again.
 */
export function patchPlan(parts: ModelParts, index: number, plan: LearningPlan): PatchedPages {
  const { model } = parts;
  const card = parts.cardAt(index);
  Object.assign(card, cardView(plan));
  parts.plans[index] = plan;
  const page = planPage(plan, parts.contextAt(index));
  model.plans[index] = page;
  return {
    plans: model.plans.filter((p) => p === page || p.related.includes(card)),
    values: model.values.filter((v) => v.cards.includes(card)),
    home: model.home.recent.cards.includes(card),
  };
}

/**
 * Put `plan` in place of the plan at `index` on its own page only, for an edit that moves it in
 * the lists (`keepsOrder` refused it): the lists keep its old card, in its old place, until the
 * full build that follows orders them again. Returns the page to write.
 */
export function patchOwnPage(parts: ModelParts, index: number, plan: LearningPlan): PlanPage {
  const page = planPage(plan, parts.contextAt(index));
  parts.model.plans[index] = page;
  return page;
}
