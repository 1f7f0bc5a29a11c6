// The whole query path over the fixtures: what a user types → words → clauses → split index.
import { describe, expect, it } from 'vitest';
import { toClauses } from '../../src/client/search/clauses.ts';
import { runQuery } from '../../src/client/search/engine.ts';
import { readQuery } from '../../src/client/search/query.ts';
import { planFieldTerms } from '../../src/site/search/documents.ts';
import { indexLanguages, languageCode } from '../../src/common/search-format.ts';
import { stemLanguageOf } from '../../src/common/search-text.ts';
import { searchablePlans } from '../../src/site/search/build.ts';
import { fixturePlans } from './fixtures.ts';
import { splitLookup, wordLookup } from './split-helpers.ts';
import { completeClauses } from '../../src/client/search/complete.ts';
import { shardsOfPrefix } from '../../src/common/search-format.ts';
import { cutShards } from '../../src/site/search/shards.ts';
import { computeWeights } from '../../src/site/search/weights.ts';
import { searchFields } from '../../src/common/search-fields.ts';

const plans = searchablePlans(fixturePlans);
const lookup = splitLookup(plans.map(planFieldTerms), 300);
const firsts = cutShards(computeWeights(plans.map(planFieldTerms), searchFields), 300).map(
  (s) => s.first,
);
const words = wordLookup(plans, 300);
const docLanguages = plans.map((p) => languageCode(stemLanguageOf(p.language))).join('');
const languages = indexLanguages(docLanguages);

function search(query: string, typing = false): string[] {
  const clauses = completeClauses(
    toClauses(readQuery(query, typing), languages),
    words,
    (p) => shardsOfPrefix(firsts, p).length,
  );
  return runQuery(clauses, lookup, docLanguages).map((hit) => plans[hit.ref]?.slug ?? '?');
}

const sorted = (slugs: string[]): string[] => [...slugs].sort();

describe('searching the fixtures', () => {
  it('requires every word (AND)', () => {
    expect(sorted(search('kenya prototyping'))).toEqual(['digital-identity', 'solar-kiosks']);
  });

  it('ranks a title match first', () => {
    expect(search('identity')[0]).toBe('digital-identity');
  });

  it('finds a plan whatever the accents in the query', () => {
    expect([search("côte d'ivoire"), search("cote d'ivoire"), search('COTE IVOIRE')]).toEqual([
      ['cote-divoire-cacao'],
      ['cote-divoire-cacao'],
      ['cote-divoire-cacao'],
    ]);
  });

  it('finds a French plan by an English form of its words', () => {
    expect(search('cooperatives')).toEqual(['cote-divoire-cacao']);
  });

  it('finds a Spanish plan by its own words', () => {
    expect(search('comunidades lluvia')).toEqual(['agua-lluvia']);
  });

  it('restricts a fielded word to its field', () => {
    expect(sorted(search('country:peru'))).toEqual(['flood-maps', 'waste-pickers']);
  });

  it('reads method and methods alike', () => {
    expect(search('methods:ethnography')).toEqual(search('method:ethnography'));
  });

  it('finds plans by SDG number', () => {
    expect(sorted(search('sdg:13'))).toEqual(['climate-schools', 'flood-maps']);
  });

  it('finds plans by year and type', () => {
    expect(sorted(search('year:2023 type:experiment'))).toEqual(['digital-identity', 'flood-maps']);
  });

  it('matches a word ending in * as a prefix', () => {
    expect(sorted(search('digi*'))).toEqual(['digital-identity', 'mercado-digital']);
  });

  it('matches the last word as a prefix while typing', () => {
    expect([search('solar kio', true), search('solar kio', false)]).toEqual([['solar-kiosks'], []]);
  });

  it('completes the word being typed past its stem', () => {
    expect([search('recyclin', true), search('recyclin', false)]).toEqual([['waste-pickers'], []]);
  });

  it('matches a two-letter last word as the start of a word while typing', () => {
    expect(sorted(search('kenya pr', true))).toEqual([
      'digital-identity',
      'solar-kiosks',
      'waste-pickers',
    ]);
  });

  it('waits for the second letter of the last word while typing', () => {
    expect(search('solar k', true)).toEqual(search('solar'));
  });

  it('drops a word that is a stop word in every language of the index', () => {
    expect(toClauses(readQuery('the and of'), ['en'])).toEqual([]);
  });

  it('keeps an English word that is a stop word in another language of the index', () => {
    expect([search('ai'), search('title:ai')]).toEqual([['ai-e-waste'], ['ai-e-waste']]);
  });

  it('does not require a word of documents whose language stops it', () => {
    expect(search('the gauge')).toEqual(['river-gauge']);
  });

  it('finds sea in English plans though Spanish stops it', () => {
    expect(sorted(search('sea level'))).toEqual(['ai-e-waste', 'river-gauge']);
  });

  it('finds a hyphenated word whole, not every plan holding one of its parts', () => {
    expect([search('e-waste'), sorted(search('waste'))]).toEqual([
      ['ai-e-waste'],
      ['ai-e-waste', 'river-gauge', 'waste-pickers'],
    ]);
  });

  it('leaves drafts out of the index', () => {
    expect(search('unfinished')).toEqual([]);
  });

  it('never fails on malformed input', () => {
    expect(() => search('"(( country: *** method:"" :year sdg:abc ]]')).not.toThrow();
  });
});
