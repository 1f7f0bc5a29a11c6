import { describe, expect, it } from 'vitest';
import { plansCsv, plansGeoJson, plansJson, type ExportContext } from '../../src/site/exports.ts';
import { makePlan } from '../helpers/plan.ts';

const plan = makePlan({
  id: 'p',
  focalPoint: 'jane.doe@undp.org',
  title: '=HYPERLINK("http://evil")',
  countries: ['Kenya'],
  locations: [
    { country: 'Kenya', lat: 0.1, lng: 37 },
    { country: 'Kenya', lat: 0.1, lng: 37 },
  ],
});
const ctx = (policy: ExportContext['policy']): ExportContext => ({
  policy,
  urlOf: (p) => `https://x.org/plans/${p.slug}/`,
});

describe('exports', () => {
  it('leave the focal point out of every format under hide', () => {
    const all = [
      plansJson([plan], ctx('hide')),
      plansCsv([plan], ctx('hide')),
      JSON.stringify(plansGeoJson([plan], ctx('hide'))),
    ];
    for (const out of all) expect(out).not.toContain('jane');
  });

  it('mask the focal point in every format under mask', () => {
    const all = [
      plansJson([plan], ctx('mask')),
      plansCsv([plan], ctx('mask')),
      JSON.stringify(plansGeoJson([plan], ctx('mask'))),
    ];
    for (const out of all) {
      expect(out).toContain('j****e@undp.org');
      expect(out).not.toContain('jane.doe');
    }
  });

  it('write one GeoJSON point per distinct location, longitude first', () => {
    const features = plansGeoJson([plan], ctx('hide')).features;
    expect(features).toHaveLength(1);
    expect(features[0]?.geometry.coordinates).toEqual([37, 0.1]);
  });

  it('defuse spreadsheet formulas in CSV cells', () => {
    expect(plansCsv([plan], ctx('hide'))).toContain(`'=HYPERLINK`);
  });

  it('leave diagnostics out of the JSON records', () => {
    expect(JSON.parse(plansJson([plan], ctx('hide')))[0]).not.toHaveProperty('diagnostics');
  });
});

describe('exports and local paths', () => {
  it('publish the source file name without the folders of the machine that built it', () => {
    const local = makePlan({ id: 'q', sourcePath: '/home/builder/archive/q.md' });
    const json = JSON.parse(plansJson([local], ctx('hide'))) as { sourcePath: string }[];
    expect(json[0]?.sourcePath).toBe('q.md');
  });
});
