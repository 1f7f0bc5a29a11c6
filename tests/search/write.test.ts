import { mkdir, mkdtemp, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchManifest } from '../../src/common/search-format.ts';
import { writeSearchAssets } from '../../src/site/search/write.ts';
import { makePlan } from '../helpers/plan.ts';
import { fixturePlans } from './fixtures.ts';
import { readRanges } from './range-files.ts';

const tmpRoot = fileURLToPath(new URL('../.tmp/', import.meta.url));
let outDir = '';
let manifest: SearchManifest;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

beforeAll(async () => {
  await mkdir(tmpRoot, { recursive: true });
  outDir = await mkdtemp(join(tmpRoot, 'search-write-'));
  const withFocalPoint = makePlan({ id: 'contact', focalPoint: 'someone@example.org' });
  await writeSearchAssets([...fixturePlans, withFocalPoint], { outDir, pathPrefix: '/' });
  manifest = JSON.parse(
    await readFile(join(outDir, 'search', 'manifest.json'), 'utf8'),
  ) as SearchManifest;
});

describe('writing the search assets', () => {
  it('writes a manifest counting the published plans', () => {
    expect(manifest.docs).toBe(fixturePlans.filter((p) => !p.draft).length + 1);
  });

  it('writes every shard the manifest names', async () => {
    const shards = await readdir(join(outDir, 'search', manifest.build, 't'));
    const { firsts } = await readRanges(join(outDir, 'search', manifest.build), 't');
    expect(shards.length).toBe(firsts.length);
  });

  it('writes display chunks, phrase files, title words and the facet table', async () => {
    const files = await readdir(join(outDir, 'search', manifest.build));
    expect(files.sort()).toEqual(['d', 'f', 'languages.json', 'm', 'n', 'p', 't', 'w']);
  });

  it('bundles the client script', async () => {
    expect(await readdir(join(outDir, 'assets'))).toEqual(['search.js']);
  });

  it('publishes no focal point in any search file', async () => {
    const files = await filesUnder(join(outDir, 'search'));
    const leaks: string[] = [];
    for (const file of files) {
      if ((await readFile(file, 'utf8')).includes('someone@example.org')) leaks.push(file);
    }
    expect(leaks).toEqual([]);
  });

  it('leaves only the latest build folder after a rebuild in place', async () => {
    const dir = await mkdtemp(join(tmpRoot, 'search-rewrite-'));
    await writeSearchAssets(fixturePlans, { outDir: dir, pathPrefix: '/' });
    await writeSearchAssets(fixturePlans.slice(1), { outDir: dir, pathPrefix: '/' });
    const latest = JSON.parse(
      await readFile(join(dir, 'search', 'manifest.json'), 'utf8'),
    ) as SearchManifest;
    expect((await readdir(join(dir, 'search'))).sort()).toEqual(
      [latest.build, 'manifest.json'].sort(),
    );
  });
});
