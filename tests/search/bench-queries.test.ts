import { describe, expect, it } from 'vitest';
import { generateQueries } from '../../bench/search-queries.ts';
import { editDistance } from '../../src/common/edit-distance.ts';
import { searchablePlans } from '../../src/site/search/build.ts';
import { fixturePlans } from './fixtures.ts';

const plans = searchablePlans(fixturePlans);

describe('the benchmark query sets', () => {
  it('are the same for the same seed', () => {
    expect(generateQueries(plans, 7)).toEqual(generateQueries(plans, 7));
  });

  it('make each one-typo query one edit from its known-item query', () => {
    const sets = generateQueries(plans, 7);
    const distances = sets.oneTypo.map((q) => {
      const known = sets.knownItem.find((k) => k.relevant[0] === q.relevant[0]);
      return editDistance(q.ours, known?.ours ?? '', 3);
    });
    expect(distances.length > 0 && distances.every((d) => d === 1)).toBe(true);
  });

  it('type country and method as fields for us and as words for Pagefind', () => {
    const [query] = generateQueries(plans, 7).countryMethodFields;
    expect([query?.ours.startsWith('country:'), query?.theirs.includes(':')]).toEqual([
      true,
      false,
    ]);
  });
});
