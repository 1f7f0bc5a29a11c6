import { describe, expect, it } from 'vitest';
import {
  analyse,
  foldAccents,
  isStopWord,
  isStopWordIn,
  queryVariants,
  stemLanguageOf,
} from '../../src/common/search-text.ts';

describe('accent folding', () => {
  it('folds accents and case', () => {
    expect(foldAccents("Côte d'Ivoire")).toBe("cote d'ivoire");
  });

  it('folds letters that do not decompose', () => {
    expect(foldAccents('Straße Œuvre Ærø')).toBe('strasse oeuvre aero');
  });

  it('indexes an accented and an unaccented spelling as one term', () => {
    expect(analyse('São Tomé', 'pt')).toEqual(analyse('Sao Tome', 'pt'));
  });
});

describe('analysis', () => {
  it('drops English stop words', () => {
    expect(analyse('the water of the river', 'en')).toEqual(['water', 'river']);
  });

  it('drops the stop words of the document language only', () => {
    expect([analyse('les données de la ville', 'fr'), analyse('AI at sea', 'en')]).toEqual([
      ['donne', 'vill'],
      ['ai', 'sea'],
    ]);
  });

  it('keeps an English word that is a French or Spanish stop word in English documents', () => {
    expect([isStopWordIn('ai', 'fr'), isStopWordIn('sea', 'es'), isStopWord('ai')]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('stems English documents with the English stemmer', () => {
    expect(analyse('communities', 'en')).toEqual(['commun']);
  });

  it('stems French documents with the French stemmer', () => {
    expect(analyse('communautés', 'fr')).toEqual(['communaut']);
  });

  it('splits words on punctuation other than a hyphen', () => {
    expect(analyse('water/design, data', 'en')).toEqual(['water', 'design', 'data']);
  });

  it('indexes a hyphenated word whole and by its parts', () => {
    expect(analyse('e-waste', 'en')).toEqual(['e-wast', 'e', 'wast']);
  });

  it('reads unknown languages as English', () => {
    expect(stemLanguageOf('und')).toBe('en');
  });

  it('judges stop words on the folded word, so accents do not matter', () => {
    expect([isStopWordIn('São', 'pt'), isStopWordIn('sao', 'pt'), isStopWordIn('À', 'es')]).toEqual(
      [false, false, true],
    );
  });
});

describe('query variants', () => {
  it('stems a query word in every index language', () => {
    expect(queryVariants('développement')).toEqual(
      expect.arrayContaining([
        analyse('développement', 'en')[0],
        analyse('développement', 'fr')[0],
      ]),
    );
  });
});
