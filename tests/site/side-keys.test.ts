// The side files' keys come from each record's hash (its document's bytes, from the loader),
// so an unchanged archive is recognised without hashing its records.
import { describe, expect, test } from 'vitest';
import type { LearningPlan } from '../../src/record/schema.ts';
import { resolveConfig } from '../../src/site/config.ts';
import { recordsKey, sideFilesKey } from '../../src/site/files/side-keys.ts';
import { makePlan } from '../helpers/plan.ts';

const config = resolveConfig();
const plans = [makePlan({ id: 'rain' }), makePlan({ id: 'wells' })];
const hashesOf = (...values: string[]): Map<LearningPlan, string> =>
  new Map(plans.map((p, i) => [p, values[i]!]));

describe('the records key', () => {
  test("changes when one document's hash changes", () => {
    expect(recordsKey(plans, hashesOf('a', 'b'), config)).not.toBe(
      recordsKey(plans, hashesOf('a', 'c'), config),
    );
  });

  test('changes with a slug made unique after parsing', () => {
    const before = recordsKey(plans, hashesOf('a', 'b'), config);
    const renamed = [plans[0]!, { ...plans[1]!, slug: 'wells-2' }];
    const hashes = new Map(renamed.map((p, i) => [p, ['a', 'b'][i]!]));
    expect(recordsKey(renamed, hashes, config)).not.toBe(before);
  });

  test('changes with the contact policy', () => {
    const masked = resolveConfig({ focalPoint: 'mask' });
    expect(recordsKey(plans, hashesOf('a', 'b'), masked)).not.toBe(
      recordsKey(plans, hashesOf('a', 'b'), config),
    );
  });

  test('is null when a record has no hash, and so is the side files key', () => {
    const key = recordsKey(plans, new Map([[plans[0]!, 'a']]), config);
    expect(key).toBeNull();
    expect(sideFilesKey(key, [], config)).toBeNull();
  });
});

describe('the side files key', () => {
  test('changes with the configuration and with the sources published', () => {
    const key = recordsKey(plans, hashesOf('a', 'b'), config);
    const base = sideFilesKey(key, [], config);
    expect(sideFilesKey(key, [], resolveConfig({ title: 'Another archive' }))).not.toBe(base);
    expect(sideFilesKey(key, [{ index: 0, file: '/docs/rain.md' }], config)).not.toBe(base);
  });
});
