import { describe, expect, it } from 'vitest';
import { holdsPhrase, phrasesFirst } from '../../src/client/search/phrase.ts';
import type { DisplayEntry } from '../../src/common/search-format.ts';

const entry = (t: string, x: string): DisplayEntry => ({ t, s: t, y: 'Plan', r: null, c: [], x });

describe('phrases', () => {
  it('finds words next to each other, whatever the case and accents', () => {
    expect(holdsPhrase('Rising Sea Level data', ['sea', 'level'])).toBe(true);
  });

  it('does not take words apart for a phrase', () => {
    expect(holdsPhrase('sea water level', ['sea', 'level'])).toBe(false);
  });

  it('reads a hyphenated word in a phrase by its parts', () => {
    expect(holdsPhrase('E-waste collection', ['e', 'waste', 'collection'])).toBe(true);
  });

  it('puts the plans holding the phrase first, the others after in their order', async () => {
    const entries = new Map([
      [0, entry('River level gauge', 'Level of the river near the sea.')],
      [1, entry('Coasts', 'Sea level rise floods the yard.')],
      [2, entry('Harbours', 'Sea ports and level crossings.')],
    ]);
    const ranked = await phrasesFirst([0, 1, 2], [['sea', 'level']], async () => entries);
    expect(ranked).toEqual([1, 0, 2]);
  });
});
