import { describe, expect, it } from 'vitest';
import { runQuery, type Clause } from '../../src/client/search/engine.ts';
import { topHits } from '../../src/client/search/top.ts';
import { fieldCodes, searchFields } from '../../src/common/search-fields.ts';
import type { FieldTerms } from '../../src/site/search/documents.ts';
import { cutShards } from '../../src/site/search/shards.ts';
import { computeWeights } from '../../src/site/search/weights.ts';
import { settledFirst, shardLookup, wholeFirst } from './split-helpers.ts';

const word = (t: string): Clause => ({ terms: [t], prefixes: [], fields: fieldCodes });

// Sixty plans: "water" in every answer, said 1 to 7 times in answers of varied length; "pump" in
// every third; "water" and "pump" together in the long title of plan 59 alone.
const docs: FieldTerms[] = Array.from({ length: 60 }, (_, i) => ({
  t:
    i === 59
      ? ['water', 'pump', 'for', 'the', 'dry', 'season', 'in', 'the', 'hill', 'villag']
      : ['plan', `n${i}`],
  b: [
    ...Array.from({ length: 1 + (i % 7) }, () => 'water'),
    ...(i % 3 === 0 ? ['pump'] : []),
    ...Array.from({ length: 3 + ((i * 5) % 11) }, (_, j) => `filler${j}`),
  ],
}));
const shards = cutShards(computeWeights(docs, searchFields), 100, 100);
const full = shardLookup(shards);

const expected = (clauses: Clause[], k: number): number[] => wholeFirst(full, clauses, k);
const settle = (clauses: Clause[], k: number): number[] => settledFirst(shards, clauses, k).refs;

describe('the first results from partly loaded terms', () => {
  it('splits the fixtures common word over several files', () => {
    expect(shards.find((s) => s.first === 'water')?.files.length).toBeGreaterThan(2);
  });

  it('settles the first results of one word from its first file', () => {
    const top = topHits([word('water')], shardLookup(shards, 1), '', 3);
    expect(top.hits?.map((h) => h.ref)).toEqual(expected([word('water')], 3));
  });

  it('asks for the next file of a word while a plan not loaded could reach the first k', () => {
    const top = topHits([word('water')], shardLookup(shards, 1), '', 40);
    expect([top.hits, top.need]).toEqual([null, ['water']]);
  });

  it('ranks the first k of two words as the whole index does, whatever files it took', () => {
    const clauses = [word('water'), word('pump')];
    expect(settle(clauses, 5)).toEqual(expected(clauses, 5));
  });

  it('puts first a plan whose title holds every word though its file came late', () => {
    const clauses = [word('pump'), word('water')];
    expect(settle(clauses, 1)).toEqual([59]);
  });

  it('counts the plans of one word exactly from the count its first file states', () => {
    const top = topHits([word('water')], shardLookup(shards, 1), '', 3);
    expect([top.total, top.exact]).toEqual([60, true]);
  });

  it('estimates the count of two words while their files are partly loaded', () => {
    const clauses = [word('water'), word('pump')];
    const top = topHits(clauses, shardLookup(shards, 1), '', 1);
    const pumps = runQuery([word('pump')], full).length;
    expect([top.exact, top.total > 0 && top.total <= pumps]).toEqual([false, true]);
  });

  it('counts two words exactly once every file is loaded', () => {
    const clauses = [word('water'), word('pump')];
    const top = topHits(clauses, full, '', 1);
    expect([top.total, top.exact]).toEqual([runQuery(clauses, full).length, true]);
  });
});
