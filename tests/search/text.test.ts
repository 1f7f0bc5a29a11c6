import { describe, expect, it } from 'vitest';
import {
  analyse,
  foldAccents,
  isStopWord,
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

  it('drops stop words of every language in every document', () => {
    expect(analyse('les données de la ville', 'en')).toEqual(['donne', 'vill']);
  });

  it('stems English documents with the English stemmer', () => {
    expect(analyse('communities', 'en')).toEqual(['commun']);
  });

  it('stems French documents with the French stemmer', () => {
    expect(analyse('communautés', 'fr')).toEqual(['communaut']);
  });

  it('splits words on punctuation', () => {
    expect(analyse('co-creation/design', 'en')).toEqual(['co', 'creation', 'design']);
  });

  it('reads unknown languages as English', () => {
    expect(stemLanguageOf('und')).toBe('en');
  });

  it('judges stop words on the folded word, so accents do not matter', () => {
    expect([isStopWord('São'), isStopWord('sao'), isStopWord('À')]).toEqual([false, false, true]);
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
