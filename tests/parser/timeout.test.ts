// The per-document time budget: a document micromark takes a minute over (one unclosed `[`
// before 40,000 words) becomes a parse-timeout error, its worker is replaced, and the folder
// goes on.
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFolder, type LoadResult } from '../../src/load/folder.ts';
import { documentOf } from './make-document.ts';

const answerOf = (body: string): string =>
  documentOf('A plan', 'solution', `\n## Solution\n\n> What is it?\n\n${body}\n`);
/**
 * GFM autolink literals look back to the last unclosed `[` at every word, in quadratic time:
 * 20,000 words take 4 s, 40,000 about 16 s, far over a 2 s budget.
 */
const slow = answerOf(`[ ${'word '.repeat(40_000)}`);

describe('the parse time budget', () => {
  let dir: string;
  let loaded: LoadResult;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parse-timeout-'));
    await writeFile(join(dir, 'a.md'), answerOf('Before.'));
    await writeFile(join(dir, 'b.md'), slow);
    await writeFile(join(dir, 'c.md'), answerOf('After.'));
    loaded = await loadFolder(dir, { parseTimeoutMs: 2000, cacheDir: join(dir, '.cache') });
  }, 60_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('should make the slow document a parse-timeout error with its file', () => {
    expect(loaded.diagnostics).toContainEqual(
      expect.objectContaining({
        file: join(dir, 'b.md'),
        severity: 'error',
        code: 'parse-timeout',
      }),
    );
  });

  it('should parse the documents before and after it', () => {
    expect(loaded.records.map((r) => r.id)).toEqual(['a', 'c']);
  });

  it('should not cache the timeout', async () => {
    const cached: string[] = [];
    for (const sub of await readdir(join(dir, '.cache'), { recursive: true }))
      if (sub.endsWith('.json')) cached.push(sub);
    expect(cached).toHaveLength(2);
  });
});

describe('the parse time budget from the environment', () => {
  it('should read PLAN_ARCHIVE_PARSE_TIMEOUT_MS', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parse-timeout-env-'));
    try {
      await writeFile(join(dir, 'b.md'), slow);
      process.env.PLAN_ARCHIVE_PARSE_TIMEOUT_MS = '1500';
      const loaded = await loadFolder(dir);
      expect(loaded.diagnostics.map((d) => d.code)).toEqual(['parse-timeout']);
    } finally {
      delete process.env.PLAN_ARCHIVE_PARSE_TIMEOUT_MS;
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
