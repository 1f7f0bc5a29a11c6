// Garbled text: UTF-8 once read as Mac Roman or Windows-1252. Hand-written strings only.
import { describe, expect, test } from 'vitest';
import { repairMojibake } from '../../src/load/mojibake.ts';

const repaired = (text: string): string => repairMojibake(text).text;

describe('text read with the wrong character set', () => {
  test('is repaired when read as Mac Roman', () => {
    expect(repaired('the bakery‚Äôs oven')).toBe('the bakery’s oven');
  });

  test('is repaired when read as Windows-1252', () => {
    expect(repaired('a â€œsmallâ€™ cafÃ©')).toBe('a “small’ café');
  });

  test('gives back subscripts and dashes', () => {
    expect(repaired('CO‚ÇÇ ‚Äî less')).toBe('CO₂ — less');
  });

  test('is noted where the file has it, with what it stood for', () => {
    expect(repairMojibake('ok\nthe kiln‚Äôs door').repairs).toEqual([
      { line: 2, column: 9, from: '‚Äô', to: '’' },
    ]);
  });

  test('is left as written, and noted, when a byte is missing', () => {
    const result = repairMojibake('rider said ‚Ä it works');
    expect(result.text).toBe('rider said ‚Ä it works');
    expect(result.repairs).toEqual([{ line: 1, column: 12, from: '‚Ä', to: null }]);
  });
});

describe('well-decoded text', () => {
  test('is not touched, accents and quotes included', () => {
    const text = '« À l’école », “año” Ñandú, naïve, ÉTÉ — 25 °C, 3 €';
    expect(repairMojibake(text)).toEqual({ text, repairs: [] });
  });

  test('is not read as a rare letter that two of its characters could spell', () => {
    // Ç’ and «É are valid two-byte UTF-8 through one code page or the other (ǒ, ǃ).
    const text = 'Ç’est «Élan»';
    expect(repairMojibake(text)).toEqual({ text, repairs: [] });
  });
});
