import { describe, expect, it } from 'vitest';
import { allowedEdits, editDistance } from '../../src/common/edit-distance.ts';
import { runQuery, type Clause } from '../../src/client/search/engine.ts';
import { correctableWords, correctClauses, weakWords } from '../../src/client/search/typos.ts';
import { typoPrefixes, WordLookup } from '../../src/client/search/words.ts';
import { correctedQuery } from '../../src/client/search/run.ts';
import { planFieldTerms } from '../../src/site/search/documents.ts';
import { searchablePlans } from '../../src/site/search/build.ts';
import { toClauses } from '../../src/client/search/clauses.ts';
import { readQuery } from '../../src/client/search/query.ts';
import { fixturePlans } from './fixtures.ts';
import { splitLookup, wordLookup } from './split-helpers.ts';

const plans = searchablePlans(fixturePlans);
const lookup = splitLookup(plans.map(planFieldTerms), 300);
const words = wordLookup(plans, 300);

function corrected(query: string): { slugs: string[]; corrections: Map<string, string> } {
  const clauses = toClauses(readQuery(query));
  const result = correctClauses(clauses, weakWords(clauses, lookup), words);
  const slugs = runQuery(result.clauses, lookup).map((h) => plans[h.ref]?.slug ?? '?');
  return { slugs, corrections: result.corrections };
}

describe('edit distance', () => {
  it('counts a swap of two neighbouring letters as one edit', () => {
    expect(editDistance('reductino', 'reduction', 2)).toBe(1);
  });

  it('counts a dropped letter as one edit', () => {
    expect(editDistance('vegetabls', 'vegetables', 2)).toBe(1);
  });

  it('gives up past the limit', () => {
    expect(editDistance('kiosk', 'identity', 1)).toBe(2);
  });

  it('allows no edit under 4 letters, one up to 7, two from 8', () => {
    expect([3, 4, 7, 8].map(allowedEdits)).toEqual([0, 1, 1, 2]);
  });
});

describe('typo tolerance', () => {
  it('finds a plan despite a swapped letter', () => {
    expect(corrected('solar kiosks clincis').slugs).toEqual(['solar-kiosks']);
  });

  it('finds a plan despite a dropped letter', () => {
    expect(corrected('vacines').slugs).toEqual(['solar-kiosks']);
  });

  it('names the correction for "did you mean"', () => {
    const { corrections } = corrected('vacines');
    expect(correctedQuery('Vacines here', corrections)).toBe('vaccines here');
  });

  it('does not correct a word shorter than four letters', () => {
    expect(corrected('kiosk zyx').slugs).toEqual([]);
  });

  it('does not correct a word that finds plans', () => {
    expect(weakWords(toClauses(readQuery('kenya')), lookup)).toEqual([]);
  });

  it('ranks an exact match above a correction', () => {
    const clauses: Clause[] = [
      { terms: ['river'], prefixes: [], fields: ['t', 'u', 'b'], fuzzy: ['rural'] },
    ];
    const ranked = runQuery(clauses, lookup).map((h) => plans[h.ref]?.slug);
    expect(ranked[0]).toBe('river-gauge');
  });

  it('looks for corrections under the first two letters and their likely slips', () => {
    expect(typoPrefixes('erduction').sort()).toEqual(['ed', 'er', 'rd', 're']);
  });

  it('offers every word long enough and not a stop word for correction', () => {
    expect(correctableWords(toClauses(readQuery('solar the kiosks map')))).toEqual([
      'solar',
      'kiosks',
    ]);
  });

  it('corrects the words of a query whose words find nothing together', () => {
    const clauses = toClauses(readQuery('community floor maps'));
    const result = correctClauses(clauses, correctableWords(clauses), words);
    const slugs = runQuery(result.clauses, lookup).map((h) => plans[h.ref]?.slug);
    expect([runQuery(clauses, lookup).length, slugs[0]]).toEqual([0, 'flood-maps']);
  });
});

describe('"did you mean" when every word of a query that found nothing is corrected', () => {
  // Words and the plans that hold them, as a word shard has them: [plans, ...terms].
  const dictionary = new WordLookup(['']);
  dictionary.add(0, {
    kenya: [68, 'kenya'],
    kenyan: [12, 'kenyan'],
    bank: [300, 'bank'],
    banks: [120, 'bank'],
    sanitation: [400, 'sanit'],
    sanitization: [20, 'sanitiz'],
    water: [900, 'water'],
  });
  const suggest = (q: string): string | null => {
    const clauses = toClauses(readQuery(q));
    return correctedQuery(
      q,
      correctClauses(clauses, correctableWords(clauses), dictionary).corrections,
    );
  };

  it('keeps a word of the index that more plans hold than its nearest word', () => {
    expect(suggest('watter kenya')).toBe('water kenya');
  });

  it('corrects a word of the index to a nearby word that more plans hold', () => {
    expect(suggest('sanitization watter')).toBe('sanitation water');
  });

  it('keeps a word of the index whose nearest word searches the same term', () => {
    expect(suggest('banks watter')).toBe('banks water');
  });

  it('suggests nothing when the index holds every word, though no plan holds them together', () => {
    expect(suggest('sanitization kenya')).toBeNull();
  });
});
