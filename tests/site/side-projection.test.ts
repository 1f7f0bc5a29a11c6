// The side-files worker keeps of each plan only what the search index and the map read
// (forIndex, src/site/files/side-files.ts): built from those projections, both must be the
// files built from the whole records.
import { beforeAll, describe, expect, test } from 'vitest';
import { forIndex } from '../../src/site/files/side-files.ts';
import { loadFolder } from '../../src/load/folder.ts';
import type { LearningPlan } from '../../src/record/schema.ts';
import { buildMapData } from '../../src/site/map/data.ts';
import { publishedPlans } from '../../src/site/pages/model.ts';
import { buildSearchData } from '../../src/site/search/build.ts';
import { attacksDir, contentDir } from './site-build.ts';

let plans: LearningPlan[];
let projected: LearningPlan[];

beforeAll(async () => {
  const loaded = [...(await loadFolder(contentDir)).records];
  loaded.push(...(await loadFolder(attacksDir)).records);
  plans = publishedPlans(loaded);
  projected = plans.map(forIndex);
});

describe("the side worker's projection of a plan", () => {
  test('drops the answers’ HTML and the diagnostics', () => {
    expect(JSON.stringify(plans)).toContain('<p>');
    expect(JSON.stringify(projected)).not.toContain('<p>');
    expect(projected.every((p) => p.diagnostics.length === 0)).toBe(true);
  });

  test('gives the search index the files the whole records give', () => {
    const whole = buildSearchData(plans);
    const fromProjection = buildSearchData(projected);
    expect(fromProjection.manifest).toEqual(whole.manifest);
    expect([...fromProjection.files]).toEqual([...whole.files]);
  });

  test('gives the map the data the whole records give', () => {
    const options = { prefix: '/', tileLayer: null };
    expect(buildMapData(projected, options)).toEqual(buildMapData(plans, options));
  });
});
