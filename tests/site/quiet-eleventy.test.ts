// Eleventy times every filter and transform and warns on stderr about slow ones; a build's stderr
// must stay ours (one summary line, one line per user error), whatever the machine's speed.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createEleventy } from '../../src/build.ts';
import { writePages } from '../../src/eleventy/pages.ts';
import { buildSiteModel } from '../../src/site/pages/model.ts';
import { resolveConfig } from '../../src/site/config.ts';
import { makePlan } from '../helpers/plan.ts';

let root = '';
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'plan-archive-quiet-'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(root, { recursive: true, force: true });
});

test('a slow page transform prints no Eleventy benchmark warning', async () => {
  const printed: string[] = [];
  for (const method of ['log', 'warn', 'error'] as const)
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      printed.push(args.map(String).join(' '));
    });
  const model = buildSiteModel(
    [makePlan({ id: 'rain', title: 'Rain gardens' })],
    resolveConfig({}),
  );
  // The progress callback runs as a transform; 30 ms a page is far past Eleventy's warning limits.
  const slow = (): void => {
    const start = Date.now();
    while (Date.now() - start < 30);
  };
  await writePages(createEleventy(model, join(root, 'site'), slow));
  expect(printed.filter((line) => line.includes('Benchmark'))).toEqual([]);
});
