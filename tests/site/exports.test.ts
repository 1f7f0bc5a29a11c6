import { describe, expect, it } from 'vitest';
import type { LearningPlan } from '../../src/record/schema.ts';
import { publicRecord, type ContactPolicy } from '../../src/site/contact-policy.ts';
import {
  planFeatures,
  plansCsv,
  plansGeoJson,
  plansJson,
  plansNdjson,
  type ExportContext,
} from '../../src/site/files/exports.ts';
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
const ctx: ExportContext = { urlOf: (p) => `https://x.org/plans/${p.slug}/` };

/** An export as the file holds it: its pieces one after another. */
const whole = (pieces: Iterable<string>): string => [...pieces].join('');

/** The exports of a plan as the build writes them: from its public record. */
function exportsOf(record: LearningPlan, policy: ContactPolicy): string[] {
  const open = publicRecord(record, policy).plan;
  return [plansJson, plansNdjson, plansCsv, plansGeoJson].map((f) => whole(f([open], ctx)));
}

describe('exports', () => {
  it('leave the focal point out of every format under hide', () => {
    for (const out of exportsOf(plan, 'hide')) expect(out).not.toContain('jane');
  });

  it('mask the focal point in every format under mask', () => {
    const all = exportsOf(plan, 'mask');
    for (const out of all) {
      expect(out).toContain('j****e@undp.org');
      expect(out).not.toContain('jane.doe');
    }
  });

  it('write one GeoJSON point per distinct location, longitude first', () => {
    const features = [...planFeatures([plan], ctx)];
    expect(features).toHaveLength(1);
    expect(features[0]?.geometry.coordinates).toEqual([37, 0.1]);
  });

  it('defuse spreadsheet formulas in CSV cells', () => {
    expect(whole(plansCsv([plan], ctx))).toContain(`'=HYPERLINK`);
  });

  it('leave diagnostics out of the JSON records', () => {
    expect(JSON.parse(whole(plansJson([plan], ctx)))[0]).not.toHaveProperty('diagnostics');
  });
});

describe('exports and local paths', () => {
  it('publish the source file name without the folders of the machine that built it', () => {
    const local = makePlan({ id: 'q', sourcePath: '/home/builder/archive/q.md' });
    const json = JSON.parse(whole(plansJson([publicRecord(local, 'show').plan], ctx))) as {
      sourcePath: string;
    }[];
    expect(json[0]?.sourcePath).toBe('q.md');
  });
});
