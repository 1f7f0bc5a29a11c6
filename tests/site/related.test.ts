import { describe, expect, it } from 'vitest';
import { relatedCount, relatedPlans } from '../../src/site/pages/related.ts';
import { facet, makePlan } from '../helpers/plan.ts';

/** Plans nobody asks about, so that shared words are rare enough to weigh something. */
const others = Array.from({ length: 20 }, (_, i) =>
  makePlan({ id: `other-${i}`, title: `Unrelated topic number ${i}`, countries: ['Chile'] }),
);

function relatedIds(
  plans: ReturnType<typeof makePlan>[],
  of: ReturnType<typeof makePlan>,
): string[] {
  return (
    relatedPlans([...plans, ...others])
      .get(of)
      ?.map((p) => p.id) ?? []
  );
}

describe('related plans', () => {
  it('rank the plan about the same thing first, whatever its country', () => {
    const a = makePlan({ id: 'a', title: 'Solar pumps for rice irrigation', countries: ['Kenya'] });
    const b = makePlan({ id: 'b', title: 'Irrigation with solar pumps', countries: ['Peru'] });
    const c = makePlan({ id: 'c', title: 'Solar lamps for schools', countries: ['Kenya'] });
    expect(relatedIds([a, b, c], a)).toEqual(['b', 'c']);
  });

  it('count a shared method or theme', () => {
    const a = makePlan({ id: 'a', title: 'Market stalls', methods: [facet('Ethnography')] });
    const b = makePlan({ id: 'b', title: 'Bus routes', methods: [facet('Ethnography')] });
    const c = makePlan({ id: 'c', title: 'Water kiosks' });
    expect(relatedIds([a, b, c], a)).toEqual(['b']);
  });

  it('break a tie with a shared country', () => {
    const a = makePlan({ id: 'a', title: 'Composting markets', countries: ['Kenya'] });
    const b = makePlan({ id: 'b', title: 'Composting markets', countries: ['Peru'] });
    const c = makePlan({ id: 'c', title: 'Composting markets', countries: ['Kenya'] });
    expect(relatedIds([a, b, c], a)).toEqual(['c', 'b']);
  });

  it('never list the plan itself, nor a plan with nothing in common', () => {
    const a = makePlan({ id: 'a', title: 'Flood sensors' });
    const b = makePlan({ id: 'b', title: 'Flood sensors' });
    const c = makePlan({ id: 'c', title: 'Honey cooperatives' });
    expect(relatedIds([a, b, c], a)).toEqual(['b']);
  });

  it('show six, which fills one, two or three columns', () => {
    const plans = Array.from({ length: 10 }, (_, i) =>
      makePlan({ id: `p${i}`, title: `Bicycle lanes ${i}` }),
    );
    expect(relatedIds(plans, plans[0]!)).toHaveLength(relatedCount);
    expect([1, 2, 3].every((columns) => relatedCount % columns === 0)).toBe(true);
  });
});
