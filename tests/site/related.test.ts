import { describe, expect, it } from 'vitest';
import { relatedPlans } from '../../src/site/pages/related.ts';
import { facet, makePlan } from '../helpers/plan.ts';

describe('relatedPlans', () => {
  it('ranks the plan sharing most values first and never the plan itself', () => {
    const a = makePlan({ id: 'a', countries: ['Kenya'], methods: [facet('Mapping')] });
    const b = makePlan({ id: 'b', countries: ['Kenya'], methods: [facet('Mapping')] });
    const c = makePlan({ id: 'c', countries: ['Kenya'] });
    const d = makePlan({ id: 'd', countries: ['Peru'] });
    const related = relatedPlans([a, b, c, d])
      .get(a)
      ?.map((p) => p.id);
    expect(related).toEqual(['b', 'c']);
  });
});
