// The parse cache: a second load reads what the first wrote, and stale versions are removed.
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadFolder } from '../../src/load/folder.ts';
import { parserVersion } from '../../src/load/cache.ts';

const plan =
  '# Cached plan\n\n[[focal_point:a@example.org]]\n\n[[year:2024]]\n\n[[type:solution]]\n';

function setup(): { input: string; cacheDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'plan-archive-cache-'));
  const input = join(root, 'input');
  mkdirSync(input);
  writeFileSync(join(input, 'a.md'), plan);
  return { input, cacheDir: join(root, 'cache') };
}

describe('the parse cache', () => {
  test('gives the same records from the cache as from parsing', async () => {
    const { input, cacheDir } = setup();
    const first = await loadFolder(input, { cacheDir });
    const second = await loadFolder(input, { cacheDir });
    expect(second).toEqual(first);
    expect(readdirSync(join(cacheDir, parserVersion()))).not.toEqual([]);
  });

  test('parses a changed document again', async () => {
    const { input, cacheDir } = setup();
    await loadFolder(input, { cacheDir });
    writeFileSync(join(input, 'a.md'), plan.replace('Cached plan', 'Edited plan'));
    const { records } = await loadFolder(input, { cacheDir });
    expect(records[0]?.title).toBe('Edited plan');
  });

  test('removes the entries of other parser versions, and nothing else', async () => {
    const { input, cacheDir } = setup();
    mkdirSync(join(cacheDir, '0123456789abcdef'), { recursive: true });
    mkdirSync(join(cacheDir, 'search'), { recursive: true });
    await loadFolder(input, { cacheDir });
    expect(readdirSync(cacheDir).sort()).toEqual([parserVersion(), 'search'].sort());
  });
});
