import { describe, expect, it } from 'vitest';
import { singular, variantKey } from '../../src/common/variants.ts';
import { buildFacetIndex } from '../../src/site/facets/facet-index.ts';
import { defaultFacets, type FacetConfig } from '../../src/site/config.ts';
import { facet, makePlan } from '../helpers/plan.ts';

const themes = defaultFacets.find((f) => f.name === 'theme') as FacetConfig;

describe('variantKey', () => {
  it('makes singular and plural one value', () => {
    const plans = ['Solutions Mapping', 'solution mapping', 'bicycle', 'Bicycles'].map((v, i) =>
      makePlan({ id: `p${i}`, thematicAreas: [facet(v)] }),
    );
    expect(buildFacetIndex(plans, themes).entries.map((e) => e.plans.length)).toEqual([2, 2]);
  });

  it('makes British and American spellings one value', () => {
    expect(variantKey('behavioural insights')).toBe(variantKey('behavioral insight'));
  });

  it('turns -ies into -y and drops -es after ch, sh, x and ss', () => {
    expect(['communities', 'approaches', 'boxes', 'addresses'].map(singular)).toEqual([
      'community',
      'approach',
      'box',
      'address',
    ]);
  });

  it('leaves words whose final s is no plural', () => {
    expect(
      ['process', 'status', 'analysis', 'news', 'gas', 'sdgs', 'covid19s'].map(singular),
    ).toEqual(['process', 'status', 'analysis', 'news', 'gas', 'sdgs', 'covid19s']);
  });
});
