import { describe, expect, it } from 'vitest';
import { longList, longListMin } from '../../src/site/pages/value-list.ts';

const link = (label: string, count = 1) => ({ label, url: `/themes/${label}/`, count });
const many = (n: number) =>
  Array.from({ length: n }, (_, i) => link(`Value ${String(i).padStart(3, '0')}`));

describe('longList', () => {
  it('leaves a list of up to the threshold whole', () => {
    expect(longList(many(longListMin))).toBeNull();
  });

  it('puts the most used values first, ties in alphabetical order', () => {
    const entries = [link('Apple', 3), ...many(longListMin), link('Zebra', 5)];
    expect(
      longList(entries)
        ?.popular.slice(0, 3)
        .map((e) => e.label),
    ).toEqual(['Zebra', 'Apple', 'Value 000']);
  });

  it('groups every value by its first letter, accents ignored, the rest under # last', () => {
    const entries = [link('2030 agenda'), link('Énergie'), link('agua'), ...many(longListMin)];
    const letters = longList(entries)?.letters;
    expect(letters?.map((g) => [g.letter, g.entries.length])).toEqual([
      ['A', 1],
      ['E', 1],
      ['V', longListMin],
      ['#', 1],
    ]);
  });
});
