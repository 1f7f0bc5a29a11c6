import { describe, expect, it } from 'vitest';
import { barChart } from '../../src/site/pages/charts.ts';

describe('barChart', () => {
  it('draws the largest value full length and the others in proportion', () => {
    const chart = barChart('T', [
      { label: 'a', value: 10, url: null },
      { label: 'b', value: 5, url: null },
      { label: 'c', value: 0, url: null },
    ]);
    expect(chart.bars.map((b) => b.percent)).toEqual([100, 50, 0]);
  });

  it('keeps a tiny non-zero value visible', () => {
    const chart = barChart('T', [
      { label: 'a', value: 5000, url: null },
      { label: 'b', value: 1, url: null },
    ]);
    expect(chart.bars[1]?.percent).toBe(1);
  });
});
