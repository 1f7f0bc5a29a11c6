// The language of a plan from the opening of its answers (src/record/language.ts). Hand-written text.
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/record/language.ts';

const english =
  'We tested whether weekly market visits help farmers sell more of their harvest at a fair price. ';
const french =
  'Nous avons testé si les visites hebdomadaires au marché aident les agricultrices à mieux vendre. ';

describe('detectLanguage', () => {
  it('reads a long plan from its opening words, not from what follows them', () => {
    expect(detectLanguage(english.repeat(12) + french.repeat(400))).toBe('en');
  });

  it('skips web addresses and e-mail addresses, however many open a long plan', () => {
    const links = 'https://example.org/a/very/long/path/to/a/report contact@example.org '.repeat(
      200,
    );
    expect(detectLanguage(links + french.repeat(20))).toBe('fr');
  });

  it('calls a plan of only web addresses undetermined', () => {
    expect(detectLanguage('https://example.org/report '.repeat(500))).toBe('und');
  });
});
