import { describe, expect, it } from 'vitest';
import type { Clause } from '../../src/client/search/engine.ts';
import { runQuery } from '../../src/client/search/engine.ts';
import { searchFields } from '../../src/common/search-fields.ts';
import { ShardLookup, type ShardJson } from '../../src/client/search/lookup.ts';
import { planFieldTerms, type FieldTerms } from '../../src/site/search/documents.ts';
import { cutShards } from '../../src/site/search/shards.ts';
import { computeWeights } from '../../src/site/search/weights.ts';
import { searchablePlans } from '../../src/site/search/build.ts';
import { fixturePlans } from './fixtures.ts';
import { compareWithLunr, lunrIndex, splitLookup } from './split-helpers.ts';

const docs: FieldTerms[] = searchablePlans(fixturePlans).map(planFieldTerms);
const index = lunrIndex(docs);
// lunr's internals, typed for the weight comparison.
const internals = index as unknown as {
  invertedIndex: Record<string, { _index: number }>;
  fieldVectors: Record<string, { elements: number[] }>;
};
// Tiny shards, so that terms and prefixes spread over many files.
const lookup = splitLookup(docs, 200);

const term = (t: string, fields = searchFields.map((f) => f.code)): Clause => ({
  terms: [t],
  prefixes: [],
  fields,
});
const prefix = (p: string): Clause => ({
  terms: [],
  prefixes: [p],
  fields: searchFields.map((f) => f.code),
});

describe('the split index against lunr', () => {
  it('stores the same weight as each lunr field vector entry', () => {
    const table = computeWeights(docs, searchFields);
    const mismatches: string[] = [];
    const terms = Object.keys(internals.invertedIndex);
    for (const [t, byField] of table) {
      const termIndex = internals.invertedIndex[t]?._index;
      for (const [field, { refs, weights }] of byField) {
        refs.forEach((ref, i) => {
          const elements = internals.fieldVectors[`${field}/${ref}`]?.elements ?? [];
          const at = elements.findIndex((v, j) => j % 2 === 0 && v === termIndex);
          const expected = at === -1 ? undefined : elements[at + 1];
          if (expected !== (weights[i] as number) / 1000) mismatches.push(`${t} ${field} ${ref}`);
        });
      }
    }
    expect([mismatches, table.size]).toEqual([[], terms.length]);
  });

  it('ranks a one-word query as lunr does', () => {
    expect(compareWithLunr(index, lookup, [term('rural')])).toEqual([]);
  });

  it('ranks an AND of two words as lunr does', () => {
    expect(compareWithLunr(index, lookup, [term('kenya'), term('prototyp')])).toEqual([]);
  });

  it('ranks a fielded word as lunr does', () => {
    expect(compareWithLunr(index, lookup, [term('kenya', ['c']), term('digit')])).toEqual([]);
  });

  it('ranks a prefix spread over several shards as lunr does', () => {
    expect(compareWithLunr(index, lookup, [prefix('c')])).toEqual([]);
  });

  it('ranks a word and a prefix of the same word as lunr does', () => {
    expect(compareWithLunr(index, lookup, [term('climat'), prefix('clim')])).toEqual([]);
  });

  it('ranks words whose postings are split over several files as lunr does', () => {
    const parted = splitLookup(docs, 40, 40);
    expect(compareWithLunr(index, parted, [term('kenya'), prefix('c')])).toEqual([]);
  });

  it('finds nothing when a word is missing, as lunr does', () => {
    expect(runQuery([term('kenya'), term('zzzz')], lookup)).toEqual([]);
  });

  it('cuts the fixtures into several shards', () => {
    const shards = cutShards(computeWeights(docs, searchFields), 200);
    const fresh = new ShardLookup(shards.map((s) => s.first));
    shards.forEach((s, i) => fresh.add(i, JSON.parse(s.files[0] ?? '{}') as ShardJson));
    expect([shards.length > 5, fresh.get('kenya') !== undefined]).toEqual([true, true]);
  });
});
