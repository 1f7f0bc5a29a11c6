// Related plans: the plans that share the most countries, methods and themes with a plan,
// weighted so that a shared rare value counts more than a shared common one.
import type { LearningPlan } from '../../record/schema.ts';
import { FacetCache } from '../facets/facet-index.ts';
import type { FacetName } from '../facets/values.ts';
import { topBy } from '../facets/top.ts';

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
  // Plans by index: a score array and a list of the touched indexes make the per-plan scoring
  // allocation-free, which matters on thousands of plans.
  const buckets = new Map<string, number[]>();
  const bucketsOf: number[][][] = plans.map((plan, i) => {
    const mine: number[][] = [];
    for (const name of relatedFacets) {
      for (const v of cache.values(plan, name)) {
        const id = `${name}\u0000${v.key}`;
        let bucket = buckets.get(id);
        if (!bucket) buckets.set(id, (bucket = []));
        bucket.push(i);
        mine.push(bucket);
      }
    }
    return mine;
  });
  const scores = new Float64Array(plans.length);
  const touched: number[] = [];
  // Higher score first; on ties, the earlier plan.
  const before = (a: number, b: number): boolean =>
    (scores[a] as number) > (scores[b] as number) || (scores[a] === scores[b] && a < b);
  const result = new Map<LearningPlan, LearningPlan[]>();
  plans.forEach((plan, i) => {
    for (const bucket of bucketsOf[i] as number[][]) {
      const weight = 1 / Math.log2(bucket.length + 1);
      const end = Math.min(bucket.length, bucketCap);
      for (let k = 0; k < end; k++) {
        const j = bucket[k] as number;
        if (plans[j] === plan) continue;
        // Every weight is positive, so a zero score means not seen yet for this plan.
        if (scores[j] === 0) touched.push(j);
        scores[j] = (scores[j] as number) + weight;
      }
    }
    result.set(
      plan,
      topBy(touched, limit, before).map((j) => plans[j] as LearningPlan),
    );
    for (const j of touched) scores[j] = 0;
    touched.length = 0;
  });
  return result;
}
