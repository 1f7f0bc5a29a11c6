// An empty folder still builds a usable site: home, browse pages and 404, with no plan pages.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildFromRecords } from '../../src/build.ts';
import { resolveConfig } from '../../src/site/config.ts';

const tmpRoot = fileURLToPath(new URL('../.tmp/', import.meta.url));

describe('a build without records', () => {
  it('writes the home, browse and 404 pages', async () => {
    await mkdir(tmpRoot, { recursive: true });
    const root = await mkdtemp(join(tmpRoot, 'empty-'));
    const output = join(root, 'site');
    await buildFromRecords([], { output, config: resolveConfig(), quiet: true });
    const files = ['index.html', '404.html', 'countries/index.html', 'sdgs/index.html'];
    const missing = files.filter((f) => !existsSync(join(output, f)));
    await rm(root, { recursive: true, force: true });
    expect(missing).toEqual([]);
  });
});
