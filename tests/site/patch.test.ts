// One plan's text edited without building the model again (src/site/pages/patch.ts), for serve's
// quick update: the pages that print the plan, and the edits it may not take.
import { describe, expect, test } from 'vitest';
import { resolveConfig } from '../../src/site/config.ts';
import { buildSiteModelParts } from '../../src/site/pages/model.ts';
import { keepsOrder, patchPlan, samePlace } from '../../src/site/pages/patch.ts';
import { makePlan } from '../helpers/plan.ts';

const rain = makePlan({ id: 'rain', title: 'Rain gardens', countries: ['Kenya'] });
const wells = makePlan({ id: 'wells', title: 'Solar wells', countries: ['Kenya'] });
const terraces = makePlan({ id: 'terraces', title: 'Terraces', countries: ['Peru'] });

function parts() {
  return buildSiteModelParts([rain, wells, terraces], resolveConfig({}));
}

describe('patchPlan', () => {
  test('returns the plan page with the new title', () => {
    const built = parts();
    const index = built.plans.findIndex((p) => p.id === 'rain');
    const patched = patchPlan(built, index, { ...rain, title: 'Rain gardens for schools' });
    expect(patched.plans.find((p) => p.url === '/plans/rain/')?.title).toBe(
      'Rain gardens for schools',
    );
  });

  test('returns the value page that lists the plan, showing its new title', () => {
    const built = parts();
    const index = built.plans.findIndex((p) => p.id === 'rain');
    const patched = patchPlan(built, index, { ...rain, title: 'Rain gardens for schools' });
    const kenya = patched.values.find((v) => v.url === '/countries/kenya/');
    expect(kenya?.cards.map((c) => c.title)).toContain('Rain gardens for schools');
    expect(patched.values.some((v) => v.url === '/countries/peru/')).toBe(false);
  });
});

describe('the edits a quick update may not take', () => {
  test('samePlace refuses a plan whose country changed', () => {
    expect(samePlace(rain, { ...rain, title: 'Rain gardens for schools' })).toBe(true);
    expect(samePlace(rain, { ...rain, countries: ['Peru'] })).toBe(false);
  });

  test('keepsOrder refuses a title that moves the plan past its neighbour', () => {
    const built = parts();
    const index = built.plans.findIndex((p) => p.id === 'rain');
    expect(keepsOrder(built, index, { ...rain, title: 'Rain gardens for schools' })).toBe(true);
    expect(keepsOrder(built, index, { ...rain, title: 'Zinc roofs' })).toBe(false);
  });
});
