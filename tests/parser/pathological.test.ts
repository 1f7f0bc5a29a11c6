// The pathological inputs of bench/pathological.ts through the loader: each gives a record or
// an error diagnostic (never parse-failed), and flattened ones carry content-too-deep. Their
// timings are the benchmark's to print, not this test's.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentOf, inputs } from '../../bench/pathological.ts';
import { loadFolder, type LoadResult } from '../../src/load/folder.ts';

describe('pathological documents', () => {
  let dir: string;
  let loaded: LoadResult;
  const outcome = (name: string): { record: boolean; codes: string[] } => ({
    record: loaded.records.some((r) => r.sourcePath === join(dir, name)),
    codes: loaded.diagnostics.filter((d) => d.file === join(dir, name)).map((d) => d.code),
  });
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pathological-'));
    for (const [name, answer] of Object.entries(inputs))
      await writeFile(join(dir, name), documentOf(answer));
    loaded = await loadFolder(dir);
  }, 120_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('should give each input a record or an error diagnostic', () => {
    const without = Object.keys(inputs).filter((name) => {
      const { record, codes } = outcome(name);
      return !record && !codes.some((c) => c === 'parse-timeout' || c.startsWith('file-'));
    });
    expect(without).toEqual([]);
  });

  it('should never report parse-failed', () => {
    expect(loaded.diagnostics.filter((d) => d.code === 'parse-failed')).toEqual([]);
  });

  it.each([
    'div-10000-deep.md',
    'quote-10000-deep.md',
    'emphasis-run-10000.md',
    'emphasis-nested-10000.md',
    'brackets-10000.md',
  ])('should keep %s as a record with a content-too-deep warning', (name) => {
    expect(outcome(name)).toEqual({ record: true, codes: ['content-too-deep'] });
  });

  it.each(['token-40kb.md', 'token-1mb.md', 'answer-10000-lines.md', 'line-1mb.md'])(
    'should keep %s as a record without a warning',
    (name) => {
      expect(outcome(name)).toEqual({ record: true, codes: [] });
    },
  );
});
