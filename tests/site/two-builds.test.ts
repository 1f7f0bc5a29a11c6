// Eleventy caches layouts for the whole process; a second build in the same process must still
// render with its own configuration, not the first build's (src/eleventy/layout-cache.ts).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFromRecords } from '../../src/build.ts';
import { resolveConfig } from '../../src/site/config.ts';
import { makePlan } from '../helpers/plan.ts';

const plans = [makePlan({ id: 'rain', title: 'Rain gardens', countries: ['Kenya'] })];
const roots: string[] = [];

async function build(pathPrefix: string): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'plan-archive-two-builds-'));
  roots.push(root);
  const output = join(root, 'site');
  await buildFromRecords(plans, { output, config: resolveConfig({ pathPrefix }), quiet: true });
  return output;
}

afterAll(async () => {
  for (const root of roots) await rm(root, { recursive: true, force: true });
});

describe('two builds in one process', () => {
  it('links the pages of the second build with its own path prefix', async () => {
    await build('/first/');
    const second = await build('/');
    for (const page of ['index.html', 'map/index.html', 'plans/rain/index.html']) {
      const html = await readFile(join(second, page), 'utf8');
      expect(html, page).toContain('href="/assets/styles.css"');
      expect(html, page).not.toContain('/first/');
    }
  });
});
