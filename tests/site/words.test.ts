import { describe, expect, it } from 'vitest';
import { inSentence } from '../../src/site/pages/words.ts';

describe('inSentence', () => {
  it('lower-cases a label for use inside a sentence', () => {
    expect(inSentence('Data sources')).toBe('data sources');
  });

  it('keeps acronyms, plural or not, in capitals', () => {
    expect(inSentence('SDG')).toBe('SDG');
    expect(inSentence('SDGs')).toBe('SDGs');
  });

  it('lower-cases accented capitals too', () => {
    expect(inSentence('Émissions')).toBe('émissions');
  });
});
