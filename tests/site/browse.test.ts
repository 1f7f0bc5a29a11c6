import { describe, expect, it } from 'vitest';
import { buildFacetIndex, newestFirst } from '../../src/site/facets/facet-index.ts';
import { defaultFacets, type FacetConfig } from '../../src/site/config.ts';
import { facet, makePlan } from '../helpers/plan.ts';

const methods = defaultFacets.find((f) => f.name === 'method') as FacetConfig;

describe('buildFacetIndex', () => {
  it('groups values that differ only in case or trailing punctuation', () => {
    const plans = [
      makePlan({ id: 'a', methods: [facet('Green transition,')] }),
      makePlan({ id: 'b', methods: [facet('green  transition')] }),
    ];
    const index = buildFacetIndex(plans, methods);
    expect(index.entries).toHaveLength(1);
    expect(index.entries[0]?.plans).toHaveLength(2);
  });

  it('labels a value with its most common written form', () => {
    const plans = ['mapping', 'Mapping', 'Mapping.'].map((v, i) =>
      makePlan({ id: `p${i}`, methods: [facet(v)] }),
    );
    plans.push(makePlan({ id: 'p3', methods: [facet('Mapping')] }));
    expect(buildFacetIndex(plans, methods).entries[0]?.label).toBe('Mapping');
  });

  it('groups values that differ only in accents, hyphens or spacing', () => {
    const plans = ['Co-creation', 'co creation', 'Adaptación', 'adaptacion'].map((v, i) =>
      makePlan({ id: `p${i}`, methods: [facet(v)] }),
    );
    expect(buildFacetIndex(plans, methods).entries.map((e) => e.plans.length)).toEqual([2, 2]);
  });

  it('drops export noise from the start of a label', () => {
    const plans = [makePlan({ id: 'a', methods: [facet('-\t_participatory_mapping')] })];
    expect(buildFacetIndex(plans, methods).entries[0]?.label).toBe('participatory mapping');
  });

  it('keeps an opening bracket and drops unpaired trailing noise', () => {
    const labels = ['(Community) Asset Mapping', 'Elderly)', 'covid-19 , response,'].map((v, i) =>
      buildFacetIndex([makePlan({ id: `p${i}`, methods: [facet(v)] })], methods),
    );
    expect(labels.map((index) => index.entries[0]?.label)).toEqual([
      '(Community) Asset Mapping',
      'Elderly',
      'covid-19, response',
    ]);
  });

  it('gives distinct values distinct slugs even when they slugify alike', () => {
    const plans = [
      makePlan({ id: 'a', methods: [facet('Straße')] }),
      makePlan({ id: 'b', methods: [facet('Strasse')] }),
    ];
    const slugs = buildFacetIndex(plans, methods).entries.map((e) => e.slug);
    expect(new Set(slugs).size).toBe(2);
  });

  it('keeps the plans of a value in the order given (newest first)', () => {
    const plans = [
      makePlan({ id: 'old', year: 2021, methods: [facet('M')] }),
      makePlan({ id: 'new', year: 2025, methods: [facet('M')] }),
    ].sort(newestFirst);
    expect(buildFacetIndex(plans, methods).entries[0]?.plans.map((p) => p.id)).toEqual([
      'new',
      'old',
    ]);
  });
});
