import { describe, expect, it } from 'vitest';
import { joinShardParts, type ShardJson } from '../../src/client/search/lookup.ts';
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

const parse = (files: string[]): ShardJson[] => files.map((f) => JSON.parse(f) as ShardJson);

describe('term shards', () => {
  it('writes a term larger than the part size as several files of about that size', () => {
    const shards = cutShards(table(), 100, 500);
    const common = shards.find((s) => s.first === 'common');
    const sizes = common?.files.map((f) => f.length) ?? [];
    expect([sizes.length > 3, sizes.every((n) => n <= 500 + 40)]).toEqual([true, true]);
  });

  it("joins a split term's files back into the postings of the whole term", () => {
    const whole = cutShards(table(), 100, 1_000_000).find((s) => s.first === 'common');
    const split = cutShards(table(), 100, 500).find((s) => s.first === 'common');
    expect(joinShardParts(parse(split?.files ?? []))).toEqual(parse(whole?.files ?? [])[0]);
  });

  it('keeps a term that fits in one file', () => {
    const shards = cutShards(table(), 100, 500);
    expect(shards.filter((s) => s.first !== 'common').map((s) => s.files.length)).toEqual([1, 1]);
  });
});
