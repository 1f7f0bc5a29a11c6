// Against the real archive (skipped where ../shared/corpus/sdg-commons is absent): the split
// index equals lunr on a sample, finds plans by the rarest words of their titles, and reads
// `country:X method:Y` as exactly the plans with both tags.
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { toClauses } from '../../src/client/search/clauses.ts';
import { runQuery, type Clause } from '../../src/client/search/engine.ts';
import { readQuery } from '../../src/client/search/query.ts';
import { isStopWordIn, stemLanguageOf, wordSpans } from '../../src/common/search-text.ts';
import { indexLanguages, languageCode, shardOf } from '../../src/common/search-format.ts';
import { ShardLookup } from '../../src/client/search/lookup.ts';
import { loadFolder } from '../../src/load/folder.ts';
import type { LearningPlan } from '../../src/record/schema.ts';
import { facetValues } from '../../src/site/facets/values.ts';
import { planFieldTerms, type FieldTerms } from '../../src/site/search/documents.ts';
import { searchablePlans } from '../../src/site/search/build.ts';
import { cutShards, type TermShard } from '../../src/site/search/shards.ts';
import { computeWeights } from '../../src/site/search/weights.ts';
import { searchFields } from '../../src/common/search-fields.ts';
import { countLimit } from '../../src/client/search/facet-counts.ts';
import {
  compareWithLunr,
  lunrIndex,
  settledFirst,
  shardLookup,
  splitLookup,
  wholeFirst,
} from './split-helpers.ts';
import { random } from '../../bench/search-queries.ts';

const corpus = '../shared/corpus/sdg-commons';
const present = existsSync(corpus);
if (!present) console.warn(`Skipping the search corpus tests: ${corpus} is absent.`);

function sample<T>(items: readonly T[], n: number, seed: number): T[] {
  const next = random(seed);
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
  }
  return pool.slice(0, n);
}

let docLanguages = '';

function clausesOf(query: string): Clause[] {
  return toClauses(readQuery(query), indexLanguages(docLanguages));
}

function search(lookup: ShardLookup, query: string): number[] {
  return runQuery(clausesOf(query), lookup, docLanguages).map((h) => h.ref);
}

describe.skipIf(!present)('search over the corpus', () => {
  let plans: LearningPlan[] = [];
  let docs: FieldTerms[] = [];
  let lookup: ShardLookup;
  let smallParts: TermShard[] = [];

  beforeAll(async () => {
    const { records } = await loadFolder(corpus, { cacheDir: '.cache/parse' });
    plans = searchablePlans(records);
    docs = plans.map(planFieldTerms);
    docLanguages = plans.map((p) => languageCode(stemLanguageOf(p.language))).join('');
    lookup = splitLookup(docs, 40_000);
    // Files of 5 kB, so that common words take dozens.
    smallParts = cutShards(computeWeights(docs, searchFields), 5_000, 5_000);
  });

  it('ranks like lunr on a sample of 300 plans', () => {
    const docsSample = sample(docs, 300, 7);
    const index = lunrIndex(docsSample);
    const small = splitLookup(docsSample, 4_000);
    const next = random(11);
    const problems: string[] = [];
    for (let i = 0; i < 40; i++) {
      // Words of a random document's body, so every query finds something.
      const doc = docsSample[Math.floor(next() * docsSample.length)] as FieldTerms;
      const words = doc.b?.length ? doc.b : (doc.t ?? []);
      const pick = (): string => words[Math.floor(next() * words.length)] ?? 'x';
      const all = ['t', 'c', 'm', 'd', 's', 'h', 'y', 'r', 'u', 'b'];
      const clauses: Clause[] = [
        { terms: [pick()], prefixes: [], fields: all },
        i % 2 === 0
          ? { terms: [pick()], prefixes: [], fields: all }
          : { terms: [], prefixes: [pick().slice(0, 3)], fields: all },
      ];
      problems.push(...compareWithLunr(index, small, clauses).map((p) => `${i}: ${p}`));
    }
    expect(problems).toEqual([]);
  });

  it('shows the first results of common words as the whole index ranks them', () => {
    const queries = ['water', 'climate change', 'youth employment', 'health data', 'title:water'];
    const k = countLimit + 1;
    const found = queries.map((q) => settledFirst(smallParts, clausesOf(q), k, docLanguages).refs);
    const whole = shardLookup(smallParts);
    expect(found).toEqual(queries.map((q) => wholeFirst(whole, clausesOf(q), k, docLanguages)));
  });

  it('shows the first results of one common word from some of its files', () => {
    const clauses = clausesOf('water');
    const { files } = settledFirst(smallParts, clauses, countLimit + 1, docLanguages);
    const shard =
      smallParts[
        shardOf(
          smallParts.map((s) => s.first),
          'water',
        )
      ];
    expect(files).toBeLessThan((shard?.files.length ?? 0) - 1);
  });

  it('finds at least 48 of 50 plans by the rarest words of their titles', () => {
    const df = (word: string): number => {
      const clauses = clausesOf(word);
      return clauses.length === 0 ? Infinity : search(lookup, word).length || Infinity;
    };
    const misses: string[] = [];
    for (const ref of sample(
      plans.map((_, i) => i),
      50,
      2026,
    )) {
      const plan = plans[ref] as LearningPlan;
      const words = [
        ...new Set(
          wordSpans(plan.title)
            .map((s) => s.word)
            .filter((w) => !isStopWordIn(w, stemLanguageOf(plan.language))),
        ),
      ];
      const rarest = words
        .map((w) => ({ w, n: df(w) }))
        .filter((x) => x.n !== Infinity)
        .sort((a, b) => a.n - b.n)
        .slice(0, 3)
        .map((x) => x.w);
      const query = `${rarest.join(' ')} `;
      if (!search(lookup, query).slice(0, 10).includes(ref))
        misses.push(`${plan.title} (${query})`);
    }
    expect(misses.length, misses.join('\n')).toBeLessThanOrEqual(2);
  });

  it('reads country:X method:Y as exactly the plans with both tags', () => {
    // Frequent one-word values that no other value of their facet contains as a word.
    const oneWord = (name: 'country' | 'method'): string[] => {
      const keys = new Set(plans.flatMap((p) => facetValues(p, name).map((v) => v.key)));
      const words = [...keys].flatMap((k) => wordSpans(k).map((s) => s.word));
      return [...keys].filter(
        (k) => /^[a-z]+$/.test(k) && words.filter((w) => w === k).length === 1,
      );
    };
    const countries = oneWord('country').slice(0, 40);
    const methods = oneWord('method');
    const wrong: string[] = [];
    let checked = 0;
    for (const country of countries) {
      for (const method of methods) {
        const expected = plans
          .map((p, ref) => ({ p, ref }))
          .filter(
            ({ p }) =>
              facetValues(p, 'country').some((v) => v.key === country) &&
              facetValues(p, 'method').some((v) => v.key === method),
          )
          .map(({ ref }) => ref);
        if (expected.length === 0) continue;
        checked += 1;
        const actual = search(lookup, `country:${country} method:${method}`).sort((a, b) => a - b);
        if (JSON.stringify(actual) !== JSON.stringify(expected)) wrong.push(`${country} ${method}`);
      }
    }
    expect([wrong, checked > 20]).toEqual([[], true]);
  });
});
