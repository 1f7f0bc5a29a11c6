import { describe, expect, it } from 'vitest';
import { completeClauses } from '../../src/client/search/complete.ts';
import type { Clause } from '../../src/client/search/engine.ts';
import { WordLookup } from '../../src/client/search/words.ts';
import type { WordShardJson } from '../../src/common/search-format.ts';
import { cutWordShards, WordCollector } from '../../src/site/search/words.ts';

function collect(plans: [string, string, string][][]): WordCollector {
  const collector = new WordCollector();
  for (const words of plans) {
    collector.nextPlan();
    for (const [word, term, field] of words) collector.add(word, term, field);
  }
  return collector;
}

function lookupOf(collector: WordCollector, bytes = 40): WordLookup {
  const shards = cutWordShards(collector.entries(), bytes);
  const lookup = new WordLookup(shards.map((s) => s.first));
  shards.forEach((s, i) => lookup.add(i, JSON.parse(s.json) as WordShardJson));
  return lookup;
}

describe('the word dictionary', () => {
  it('keeps a title word that one plan holds', () => {
    const words = collect([[['manufacturing', 'manufactur', 't']]]);
    expect(words.entries()).toEqual([['manufacturing', [1, 'manufactur']]]);
  });

  it('leaves out an answer word that one plan alone holds', () => {
    expect(collect([[['zzyzx', 'zzyzx', 'b']]]).entries()).toEqual([]);
  });

  it('counts the plans holding a word, not its occurrences', () => {
    const twice: [string, string, string] = ['water', 'water', 'b'];
    expect(collect([[twice, twice], [twice]]).entries()).toEqual([['water', [2, 'water']]]);
  });

  it('leaves numbers out', () => {
    expect(collect([[['2021', '2021', 't']]]).entries()).toEqual([]);
  });

  it('cuts the sorted words into several shards', () => {
    const words = collect([
      ['alpha', 'beta', 'gamma', 'delta', 'epsilon'].map((w): [string, string, string] => [
        w,
        w,
        't',
      ]),
    ]);
    const shards = cutWordShards(words.entries(), 40);
    expect(shards.map((s) => s.first)).toEqual(['', 'delta', 'epsilon', 'gamma']);
  });
});

describe('completing the word being typed', () => {
  const words = lookupOf(
    collect([
      [
        ['manufacturing', 'manufactur', 't'],
        ['manual', 'manual', 't'],
      ],
      [['manual', 'manual', 't']],
    ]),
  );

  it('finds the words a prefix begins, those most plans hold first', () => {
    expect(words.completions('manu', 5).map((w) => w.word)).toEqual(['manual', 'manufacturing']);
  });

  /** The clause of a word being typed, completed; `shards`: what its stem range would cost. */
  const complete = (typed: string, shards: number): Clause | undefined =>
    completeClauses([{ terms: [], prefixes: [], fields: ['t'], typed }], words, () => shards)[0];

  it('matches a prefix past the stem through the words as written', () => {
    expect(complete('manufacturin', 1)?.terms).toEqual(['manufactur']);
  });

  it('matches the stems too when their range is small', () => {
    expect(complete('manu', 1)?.prefixes).toEqual(['manu']);
  });

  it('matches only the dictionary words when the stems would cost many shards', () => {
    const clause = complete('ma', 30);
    expect([clause?.prefixes, clause?.terms]).toEqual([[], ['manual', 'manufactur']]);
  });
});
