import { describe, expect, it } from 'vitest';
import { planJsonLd, serialiseJsonLd } from '../../src/site/pages/jsonld.ts';
import { facet, makePlan } from '../helpers/plan.ts';

describe('JSON-LD', () => {
  it('cannot close the script element from a value', () => {
    const out = serialiseJsonLd({ name: '</script><script>alert(1)</script><!--' });
    expect(out).not.toMatch(/[<>]/);
  });

  it('parses back to the same values', () => {
    const data = { name: '</script> & <!-- \u2028' };
    expect(JSON.parse(serialiseJsonLd(data))).toEqual(data);
  });

  it('describes a plan with its countries and goals', () => {
    const plan = makePlan({
      id: 'p',
      countries: ['Kenya'],
      sdgs: [{ goal: 13, label: 'Climate action' }],
      methods: [facet('Mapping')],
    });
    const ld = planJsonLd(plan, {
      url: 'https://x.org/plans/p/',
      siteUrl: 'https://x.org/',
      siteTitle: 'A',
      typeLabel: 'Learning plan',
    });
    expect(ld).toMatchObject({
      '@type': 'CreativeWork',
      spatialCoverage: [{ '@type': 'Place', name: 'Kenya' }],
      about: [{ name: 'SDG 13: Climate action' }],
      keywords: ['Mapping'],
    });
  });
});
