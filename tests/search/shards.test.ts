import { describe, expect, it } from 'vitest';
import { decodePostings } from '../../src/client/search/lookup.ts';
import type { TermPartJson } from '../../src/common/search-format.ts';
import { cutShards } from '../../src/site/search/shards.ts';
import type { TermTable } from '../../src/site/search/weights.ts';

/** A hand-made table: a common term in two fields, and two rare ones around it. */
function table(): TermTable {
  const refs = Array.from({ length: 300 }, (_, i) => i * 3);
  const weights = refs.map((ref) => 1000 + (ref % 7));
  return new Map([
    ['alpha', new Map([['t', { refs: [1], weights: [900] }]])],
    [
      'common',
      new Map([
        ['t', { refs: refs.slice(0, 40), weights: weights.slice(0, 40) }],
        ['b', { refs, weights }],
      ]),
    ],
    ['zulu', new Map([['b', { refs: [2, 5], weights: [800, 700] }]])],
  ]);
}

const parse = (files: string[]): TermPartJson[] => files.map((f) => JSON.parse(f) as TermPartJson);
const commonFiles = (): TermPartJson[] =>
  parse(cutShards(table(), 100, 500).find((s) => s.first === 'common')?.files ?? []);

/** A file's plans: ref → the sum of its weights, and whether its title holds the term. */
function plansOf(file: TermPartJson): Map<number, { sum: number; title: boolean }> {
  const plans = new Map<number, { sum: number; title: boolean }>();
  for (const [field, list] of Object.entries(decodePostings(file.postings))) {
    for (let i = 0; i < list.length; i += 2) {
      const plan = plans.get(list[i] as number) ?? { sum: 0, title: false };
      plan.sum += list[i + 1] as number;
      plan.title ||= field === 't';
      plans.set(list[i] as number, plan);
    }
  }
  return plans;
}

describe('term shards', () => {
  it('writes a term larger than the part size as several files of about that size', () => {
    const shards = cutShards(table(), 100, 500);
    const common = shards.find((s) => s.first === 'common');
    const sizes = common?.files.map((f) => f.length) ?? [];
    // Plans that weigh the same may fill a file up to half again.
    expect([sizes.length > 3, sizes.every((n) => n <= 750 + 80)]).toEqual([true, true]);
  });

  it("holds each of a split term's postings in exactly one of its files", () => {
    const pairs = commonFiles().flatMap((file) => {
      const postings = decodePostings(file.postings);
      return Object.entries(postings).flatMap(([field, list]) =>
        list.flatMap((n, i) => (i % 2 === 0 ? [`${field}:${n}:${list[i + 1]}`] : [])),
      );
    });
    const whole = table().get('common');
    const expected = [...(whole ?? [])].flatMap(([field, { refs, weights }]) =>
      Array.from(refs, (ref, i) => `${field}:${ref}:${weights[i]}`),
    );
    expect(pairs.sort()).toEqual(expected.sort());
  });

  it('writes the plans with the term in their title before all others', () => {
    const titles = commonFiles().map((file) => [...plansOf(file).values()].some((p) => p.title));
    const last = titles.lastIndexOf(true);
    expect([titles.slice(0, last + 1).every(Boolean), last < titles.length - 1]).toEqual([
      true,
      true,
    ]);
  });

  it('states in each file the heaviest plan of the files after it', () => {
    const files = commonFiles();
    const stated = files.map((file) => file.rest?.[0] ?? null);
    const heaviest = files.map((_, i) =>
      i === files.length - 1
        ? null
        : Math.max(
            ...files.slice(i + 1).flatMap((f) => [...plansOf(f).values()].map((p) => p.sum)),
          ),
    );
    expect(stated).toEqual(heaviest);
  });

  it('keeps plans that weigh the same in one file', () => {
    const refs = Array.from({ length: 60 }, (_, i) => i);
    const weights = refs.map((ref) => (ref < 30 ? 2000 : 1000));
    const even = new Map([['even', new Map([['b', { refs, weights }]])]]);
    const files = parse(cutShards(even, 100, 200)[0]?.files ?? []);
    const sums = files.map((file) => new Set([...plansOf(file).values()].map((p) => p.sum)));
    const split = sums.flatMap((set, i) => [...set].filter((sum) => sums[i + 1]?.has(sum)));
    expect([files.length > 1, split]).toEqual([true, []]);
  });

  it('states in every file how many plans hold the term', () => {
    expect(new Set(commonFiles().map((file) => file.docs))).toEqual(new Set([300]));
  });

  it('keeps a term that fits in one file', () => {
    const shards = cutShards(table(), 100, 500);
    expect(shards.filter((s) => s.first !== 'common').map((s) => s.files.length)).toEqual([1, 1]);
  });
});
