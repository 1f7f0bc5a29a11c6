import { describe, expect, it } from 'vitest';
import { runQuery, type Clause } from '../../src/client/search/engine.ts';
import { titlesFirst } from '../../src/client/search/rank.ts';
import type { FieldTerms } from '../../src/site/search/documents.ts';
import { splitLookup } from './split-helpers.ts';

const all = ['t', 'c', 'm', 'd', 's', 'h', 'y', 'r', 'u', 'b'];
const word = (t: string, fields = all): Clause => ({ terms: [t], prefixes: [], fields });

// Plan 0 has both words in a long title; plan 1 one of them in a short title and both,
// repeated, in its summary and answers.
const long = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota'];
const docs: FieldTerms[] = [
  { t: ['air', 'monitor', ...long], b: ['sensor', 'citi', 'data'] },
  {
    t: ['air'],
    u: ['monitor', 'monitor', 'monitor'],
    b: ['air', 'monitor', 'air', 'monitor', 'air', 'monitor', 'monitor', 'monitor'],
  },
  { t: ['river', 'gaug'], b: ['water', 'level'] },
];
const lookup = splitLookup(docs, 100);

describe('titles first', () => {
  it('puts a plan whose title holds every word above plans with higher scores', () => {
    const clauses = [word('air'), word('monitor')];
    const scored = runQuery(clauses, lookup).map((h) => h.ref);
    const ranked = titlesFirst(runQuery(clauses, lookup), clauses, lookup).map((h) => h.ref);
    expect([scored, ranked]).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });

  it('does not ask a fielded word of the title', () => {
    const clauses = [word('air'), word('monitor'), word('sensor', ['b'])];
    const ranked = titlesFirst(runQuery(clauses, lookup), clauses, lookup).map((h) => h.ref);
    expect(ranked).toEqual([0]);
  });

  it('does not ask of a title a word its plan language stops', () => {
    const clauses: Clause[] = [word('air'), { ...word('the'), stoppedIn: ['0'] }];
    const hits = [
      { ref: 1, score: 2 },
      { ref: 0, score: 1 },
    ];
    expect(titlesFirst(hits, clauses, lookup, '000').map((h) => h.ref)).toEqual([1, 0]);
  });
});
