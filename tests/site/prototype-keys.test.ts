// Integration: a site built from a document whose tag keys name Object.prototype's members
// has its plan page, and each value shows where meta shows: the plan page and data/plans.json.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planPath } from '../../src/site/urls.ts';
import { protoDocument, protoKeys } from '../helpers/prototype-keys.ts';
import { buildTestSite, type BuiltSite } from './site-build.ts';

describe('a site built from prototype-named tag keys', () => {
  let built: BuiltSite;
  beforeAll(async () => {
    built = await buildTestSite(
      'proto-keys',
      {},
      { dirs: [], files: { 'racks.md': protoDocument } },
    );
  }, 120_000);
  afterAll(() => built?.remove());

  it('should build the plan page', () => {
    expect(built.summary.pages).toBeGreaterThan(0);
    expect(built.loaded.records.map((r) => r.slug)).toEqual(['racks']);
  });

  it('should show every value on the plan page', async () => {
    const html = await readFile(join(built.output, planPath('racks'), 'index.html'), 'utf8');
    for (const key of protoKeys) expect(html).toContain(`value of ${key}`);
  });

  it('should export every key and value in data/plans.json', async () => {
    const plans = JSON.parse(await readFile(join(built.output, 'data/plans.json'), 'utf8')) as {
      meta: Record<string, string[]>;
    }[];
    for (const key of protoKeys) {
      expect(Object.hasOwn(plans[0]!.meta, key)).toBe(true);
      expect(plans[0]!.meta[key]).toContain(`value of ${key}`);
    }
  });
});
