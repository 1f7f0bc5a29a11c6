// Related plans: the plans that share the most countries, methods and themes with a plan,
// weighted so that a shared rare value counts more than a shared common one.
import type { LearningPlan } from '../record/schema.ts';
import { FacetCache } from './browse.ts';
import type { FacetName } from './facets.ts';
import { topBy } from './top.ts';

const relatedFacets: FacetName[] = ['country', 'method', 'theme'];

/**
 * Candidates per shared value are capped: a value shared by thousands of plans (Zambia) says
 * little, and scanning its whole bucket for each of its plans would be quadratic.
 */
const bucketCap = 200;

export function relatedPlans(
  plans: LearningPlan[],
  limit = 5,
  cache = new FacetCache(),
): Map<LearningPlan, LearningPlan[]> {
  const buckets = new Map<string, LearningPlan[]>();
  for (const plan of plans) {
    for (const name of relatedFacets) {
      for (const v of cache.values(plan, name)) {
        const id = `${name}\u0000${v.key}`;
        let bucket = buckets.get(id);
        if (!bucket) buckets.set(id, (bucket = []));
        bucket.push(plan);
      }
    }
  }
  const order = new Map(plans.map((p, i) => [p, i]));
  const result = new Map<LearningPlan, LearningPlan[]>();
  for (const plan of plans) {
    const scores = new Map<LearningPlan, number>();
    for (const name of relatedFacets) {
      for (const v of cache.values(plan, name)) {
        const bucket = buckets.get(`${name}\u0000${v.key}`) ?? [];
        const weight = 1 / Math.log2(bucket.length + 1);
        for (const other of bucket.slice(0, bucketCap)) {
          if (other !== plan) scores.set(other, (scores.get(other) ?? 0) + weight);
        }
      }
    }
    result.set(plan, topScores(scores, limit, order));
  }
  return result;
}

/** The `limit` best-scored plans, earlier plans first on ties. */
function topScores(
  scores: Map<LearningPlan, number>,
  limit: number,
  order: Map<LearningPlan, number>,
): LearningPlan[] {
  return topBy(
    scores,
    limit,
    (a, b) => a[1] > b[1] || (a[1] === b[1] && (order.get(a[0]) ?? 0) < (order.get(b[0]) ?? 0)),
  ).map(([p]) => p);
}
