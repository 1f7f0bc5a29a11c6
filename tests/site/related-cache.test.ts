// The related plans' cache key (related.ts: relatedInputs; related-cache.ts): it hashes what the
// ranking reads, so an answer edited keeps the ranking cached, and anything the ranking reads
// changed ranks again.
import { afterAll, describe, expect, it } from 'vitest';
import type { LearningPlan } from '../../src/record/schema.ts';
import { cachedRelated, relatedCacheKey } from '../../src/site/pages/related-cache.ts';
import { relatedInputs, relatedPlans } from '../../src/site/pages/related.ts';
import { facet, makePlan } from '../helpers/plan.ts';
import { folder, removeFolders } from '../helpers/cli.ts';

afterAll(removeFolders);

const plans: LearningPlan[] = [
  makePlan({ id: 'wells', title: 'Village wells', summary: 'Wells repaired by villages.' }),
  makePlan({ id: 'pumps', title: 'Hand pumps for wells', methods: [facet('Repair cafes')] }),
  makePlan({ id: 'seeds', title: 'Seed banks', countries: ['Kenya'] }),
  ...Array.from({ length: 12 }, (_, i) => makePlan({ id: `other-${i}`, title: `Topic ${i}` })),
];

/** The ranking as plan ids, so two sets of records can be compared. */
const ranking = (list: LearningPlan[]): string[][] =>
  [...relatedPlans(list).values()].map((found) => found.map((p) => p.id));

/** `plans` with the first plan changed. */
const withFirst = (change: Partial<LearningPlan>): LearningPlan[] => [
  { ...plans[0]!, ...change },
  ...plans.slice(1),
];

describe('the related plans cache key', () => {
  it('stays when an answer is edited, and so does the ranking', () => {
    const edited = withFirst({
      sections: [
        {
          title: 'Answers',
          lead: null,
          line: 3,
          items: [
            {
              kind: 'item',
              question: 'What?',
              field: null,
              answer: { text: 'Hand pumps everywhere.', html: '<p>Hand pumps everywhere.</p>' },
              empty: false,
              line: 4,
            },
          ],
        },
      ],
    });
    expect(relatedInputs(edited)).toBe(relatedInputs(plans));
    expect(ranking(edited)).toEqual(ranking(plans));
  });

  it.each<[string, Partial<LearningPlan>]>([
    ['title', { title: 'Hand pumps for villages' }],
    ['summary', { summary: 'Hand pumps repaired.' }],
    ['language', { language: 'fr' }],
    ['methods', { methods: [facet('Repair cafes')] }],
    ['themes', { thematicAreas: [facet('Water')] }],
    ['countries', { countries: ['Kenya'] }],
  ])('changes when a plan’s %s change', (_, change) => {
    expect(relatedInputs(withFirst(change))).not.toBe(relatedInputs(plans));
  });

  it('changes when the plans come in another order', () => {
    expect(relatedInputs([...plans].reverse())).not.toBe(relatedInputs(plans));
  });

  it('finds the saved ranking under the same key, and ranks again under another', () => {
    const dir = folder();
    const key = relatedCacheKey(relatedInputs(plans), []);
    const ranked = [[1], [0], []];
    expect(cachedRelated(dir, key, () => ranked)).toEqual(ranked);
    expect(cachedRelated(dir, key, () => [[9]])).toEqual(ranked);
    const other = relatedCacheKey(relatedInputs(withFirst({ title: 'Other' })), []);
    expect(cachedRelated(dir, other, () => [[2]])).toEqual([[2]]);
  });
});
