import { describe, expect, it } from 'vitest';
import { markPieces, snippetPieces, type Highlight } from '../../src/client/search/snippet.ts';

const highlight = (terms: string[], prefixes: string[] = []): Highlight => ({
  terms: new Set(terms),
  prefixes,
});

describe('snippets', () => {
  it('marks the words whose stems the query matched', () => {
    expect(markPieces('Rural clinics need power.', highlight(['clinic']))).toEqual([
      { text: 'Rural ', mark: false },
      { text: 'clinics', mark: true },
      { text: ' need power.', mark: false },
    ]);
  });

  it('marks words that start with a query prefix, whatever their accents', () => {
    expect(markPieces('Développement local', highlight([], ['devel']))).toEqual([
      { text: 'Développement', mark: true },
      { text: ' local', mark: false },
    ]);
  });

  it('marks a hyphenated word when the query matched one of its parts', () => {
    expect(markPieces('Co-creation works', highlight(['creation']))).toEqual([
      { text: 'Co-creation', mark: true },
      { text: ' works', mark: false },
    ]);
  });

  it('keeps markup in the text as plain text', () => {
    expect(markPieces('<b>power</b>', highlight(['power']))).toEqual([
      { text: '<b>', mark: false },
      { text: 'power', mark: true },
      { text: '</b>', mark: false },
    ]);
  });

  it('starts the window near the first match in a long text', () => {
    const text = `${'filler '.repeat(60)}the kiosk works ${'more '.repeat(60)}`;
    const pieces = snippetPieces(text, highlight(['kiosk']), 100);
    expect([pieces[0]?.text, pieces.some((p) => p.mark && p.text === 'kiosk')]).toEqual([
      '… ',
      true,
    ]);
  });

  it('shows the start of the text when nothing matches', () => {
    expect(snippetPieces('Short text.', highlight(['zzz']))).toEqual([
      { text: 'Short text.', mark: false },
    ]);
  });
});
