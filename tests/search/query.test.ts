import { describe, expect, it } from 'vitest';
import { readPhrases, readQuery, type QueryWord } from '../../src/client/search/query.ts';

const word = (w: string, extra: Partial<QueryWord> = {}): QueryWord => ({
  word: w,
  field: null,
  prefix: false,
  typing: false,
  ...extra,
});

describe('reading a query', () => {
  it('reads plain words as separate words', () => {
    expect(readQuery('Digital identity')).toEqual([word('digital'), word('identity')]);
  });

  it('reads a field name before a colon as a field', () => {
    expect(readQuery('country:kenya')).toEqual([word('kenya', { field: 'c' })]);
  });

  it('accepts plural field names', () => {
    expect(readQuery('methods:prototyping')).toEqual([word('prototyping', { field: 'm' })]);
  });

  it('accepts field names in any case', () => {
    expect(readQuery('SDG:13')).toEqual([word('13', { field: 's' })]);
  });

  it('reads year and type fields', () => {
    expect(readQuery('year:2023 type:experiment')).toEqual([
      word('2023', { field: 'r' }),
      word('experiment', { field: 'y' }),
    ]);
  });

  it('reads a quoted value as several words of the same field', () => {
    expect(readQuery('method:"design thinking"')).toEqual([
      word('design', { field: 'm' }),
      word('thinking', { field: 'm' }),
    ]);
  });

  it('reads an unknown field name as a word', () => {
    expect(readQuery('colour:blue')).toEqual([word('colour'), word('blue')]);
  });

  it('reads a trailing star as a prefix', () => {
    expect(readQuery('digi*')).toEqual([word('digi', { prefix: true })]);
  });

  it('ignores a star after a single letter', () => {
    expect(readQuery('a*')).toEqual([word('a')]);
  });

  it('marks the last word as typed while typing', () => {
    expect(readQuery('solar kio', true)).toEqual([word('solar'), word('kio', { typing: true })]);
  });

  it('stops treating the last word as typed once a space follows it', () => {
    expect(readQuery('solar kio ', true)).toEqual([word('solar'), word('kio')]);
  });

  it('marks a one-letter last word as being typed', () => {
    expect(readQuery('solar k', true)).toEqual([word('solar'), word('k', { typing: true })]);
  });

  it('reads an unclosed quote as words', () => {
    expect(readQuery('"open data')).toEqual([word('open'), word('data')]);
  });

  it('reads punctuation and stray colons as separators, never failing', () => {
    expect(readQuery('(water) -- :: ": c++ && [sdg:]')).toEqual([
      word('water'),
      word('c'),
      word('sdg'),
    ]);
  });

  it('reads an empty query as no words', () => {
    expect(readQuery('   ')).toEqual([]);
  });

  it('keeps accents for the analysis to fold', () => {
    expect(readQuery("Côte d'Ivoire")).toEqual([word('côte'), word('d'), word('ivoire')]);
  });

  it('reads a hyphenated word as one word', () => {
    expect(readQuery('e-waste')).toEqual([word('e-waste')]);
  });

  it('reads a quoted value outside a field as a phrase', () => {
    expect(readPhrases('"sea level" method:"design thinking" water')).toEqual([['sea', 'level']]);
  });
});
