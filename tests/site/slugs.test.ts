import { describe, expect, it } from 'vitest';
import { slugAllocator } from '../../src/site/facets/slugs.ts';

describe('slugAllocator', () => {
  it('makes a readable slug from a label', () => {
    expect(slugAllocator()('Systems Mapping & Co')).toBe('systems-mapping-and-co');
  });

  it('suffixes -2 and -3 when labels collide', () => {
    const next = slugAllocator();
    expect([next('Eco filter'), next('eco-filter'), next('Eco  Filter!')]).toEqual([
      'eco-filter',
      'eco-filter-2',
      'eco-filter-3',
    ]);
  });

  it('never returns an empty slug', () => {
    const next = slugAllocator('value');
    expect([next('…'), next('')]).toEqual(['value', 'value-2']);
  });
});

describe('slugAllocator on long labels', () => {
  it('cuts a slug at a word boundary within 80 characters', () => {
    const slug = slugAllocator()('word '.repeat(100));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('word')).toBe(true);
  });
});
