import { describe, expect, it } from 'vitest';
import { barChart } from '../../src/site/pages/charts.ts';

describe('barChart', () => {
  it('escapes labels that contain markup', () => {
    const svg = barChart('<b>T</b>', [{ label: '<script>x</script>', value: 3 }]);
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
  });

  it('draws one bar per value, the largest full width', () => {
    const svg = barChart('T', [
      { label: 'a', value: 10 },
      { label: 'b', value: 5 },
    ]);
    expect(svg.match(/<rect /g)).toHaveLength(2);
    expect(svg).toContain('width="220"');
    expect(svg).toContain('width="110"');
  });
});
