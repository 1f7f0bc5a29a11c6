// One facet key: the record's key of a method, data source or theme is what the site groups by.
import { describe, expect, test } from 'vitest';
import { facetValues } from '../../src/site/facets/values.ts';
import { documentOf, planOf } from './make-document.ts';

const plan = planOf(
  documentOf(
    'Co-design with vendors',
    'learningplan',
    '[[methods:Co-creation]]\n[[methods:co creation]]\n[[methods:co-creation.]]\n[[methods:Adaptación_]]',
  ),
);

describe('the facet key', () => {
  test('should give spellings that differ in case, hyphens and trailing dots one key', () => {
    expect(plan.methods.slice(0, 3).map((m) => m.key)).toEqual([
      'co creation',
      'co creation',
      'co creation',
    ]);
  });

  test('should ignore accents and the export’s underscores', () => {
    expect(plan.methods[3]?.key).toBe('adaptacion');
  });

  test('should keep every value as written', () => {
    expect(plan.methods.map((m) => m.value)).toEqual([
      'Co-creation',
      'co creation',
      'co-creation.',
      'Adaptación_',
    ]);
  });

  test('should be the key the site groups the plan’s methods by', () => {
    expect(facetValues(plan, 'method').map((v) => v.key)).toEqual(['co creation', 'adaptacion']);
  });
});
