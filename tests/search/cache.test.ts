import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LearningPlan } from '../../src/record/schema.ts';
import { buildSearchData } from '../../src/site/search/build.ts';
import { searchCacheKey } from '../../src/site/search/cache.ts';
import { writeSearchIndex } from '../../src/site/search/write.ts';
import { fixturePlans } from './fixtures.ts';

const tmpRoot = fileURLToPath(new URL('../.tmp/', import.meta.url));

/** Every file under `dir`, relative path → content. */
async function tree(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const out: Record<string, string> = {};
  for (const e of entries.filter((x) => x.isFile())) {
    const path = join(e.parentPath, e.name);
    out[path.slice(dir.length)] = await readFile(path, 'utf8');
  }
  return out;
}

async function fresh(name: string): Promise<string> {
  return mkdtemp(join(tmpRoot, `search-cache-${name}-`));
}

/** A stored entry's path, and its lines: one a file, then the head (manifest and file count). */
function entryOf(cache: string, records: LearningPlan[] | string): string {
  return join(cache, 'search', `${searchCacheKey(records, {})}.ndjson`);
}

async function linesOf(entry: string): Promise<string[]> {
  return (await readFile(entry, 'utf8')).split('\n').filter((line) => line !== '');
}

/** Replace the stored entry's files by one marker file: only a hit can put it in the output. */
async function markEntry(entry: string): Promise<string> {
  const head = JSON.parse((await linesOf(entry)).at(-1) ?? '') as { manifest: { build: string } };
  const marker = JSON.stringify(['marker.json', '"hit"']);
  await writeFile(entry, `${marker}\n${JSON.stringify({ ...head, files: 1 })}\n`);
  return head.manifest.build;
}

/** A build over a stored entry changed by `damage`, and a build without a cache: both trees. */
async function afterDamage(
  damage: (lines: string[]) => string[],
): Promise<[Record<string, string>, Record<string, string>]> {
  const cache = await fresh('dir');
  const plain = await fresh('plain');
  const out = await fresh('out');
  await writeSearchIndex(fixturePlans, join(cache, 'warm-up'), {}, { cacheDir: cache });
  const entry = entryOf(cache, fixturePlans);
  await writeFile(entry, `${damage(await linesOf(entry)).join('\n')}\n`);
  await writeSearchIndex(fixturePlans, plain);
  await writeSearchIndex(fixturePlans, out, {}, { cacheDir: cache });
  return [await tree(out), await tree(plain)];
}

/** The same plans with one summary changed. */
function edited(plans: LearningPlan[]): LearningPlan[] {
  const [first, ...rest] = plans as [LearningPlan, ...LearningPlan[]];
  return [{ ...first, summary: `${first.summary} Quinoa terraces.` }, ...rest];
}

beforeAll(async () => {
  await mkdir(tmpRoot, { recursive: true });
});

describe('the search index cache', () => {
  it('writes the same files from the cache as a build without one', async () => {
    const cache = await fresh('dir');
    const plain = await fresh('plain');
    const first = await fresh('first');
    const second = await fresh('second');
    await writeSearchIndex(fixturePlans, plain);
    await writeSearchIndex(fixturePlans, first, {}, { cacheDir: cache });
    await writeSearchIndex(fixturePlans, second, {}, { cacheDir: cache });
    const expected = await tree(plain);
    expect(await tree(first)).toEqual(expected);
    expect(await tree(second)).toEqual(expected);
  });

  it('builds afresh when a record changed', async () => {
    const cache = await fresh('dir');
    const plain = await fresh('plain');
    const cached = await fresh('cached');
    await writeSearchIndex(fixturePlans, join(cache, 'warm-up'), {}, { cacheDir: cache });
    await writeSearchIndex(edited(fixturePlans), plain);
    await writeSearchIndex(edited(fixturePlans), cached, {}, { cacheDir: cache });
    expect(await tree(cached)).toEqual(await tree(plain));
  });

  it('reuses the stored files when the records are the same', async () => {
    const cache = await fresh('dir');
    const out = await fresh('out');
    await writeSearchIndex(fixturePlans, join(cache, 'warm-up'), {}, { cacheDir: cache });
    const build = await markEntry(entryOf(cache, fixturePlans));
    await writeSearchIndex(fixturePlans, out, {}, { cacheDir: cache });
    expect(await readFile(join(out, 'search', build, 'marker.json'), 'utf8')).toBe('"hit"');
  });

  it('keys a build by its records key, when it has one, instead of the records', async () => {
    const cache = await fresh('dir');
    const out = await fresh('out');
    const options = { cacheDir: cache, recordsKey: 'records-1' };
    await writeSearchIndex(fixturePlans, join(cache, 'warm-up'), {}, options);
    const build = await markEntry(entryOf(cache, 'records-1'));
    await writeSearchIndex(fixturePlans, out, {}, options);
    expect(await readFile(join(out, 'search', build, 'marker.json'), 'utf8')).toBe('"hit"');
    expect(searchCacheKey('records-2', {})).not.toBe(searchCacheKey('records-1', {}));
  });

  it('gives changed records another key', () => {
    expect(searchCacheKey(fixturePlans, {})).not.toBe(searchCacheKey(edited(fixturePlans), {}));
  });

  it('keeps only the newest entry', async () => {
    const cache = await fresh('dir');
    await writeSearchIndex(fixturePlans, join(cache, 'a'), {}, { cacheDir: cache });
    await writeSearchIndex(edited(fixturePlans), join(cache, 'b'), {}, { cacheDir: cache });
    expect(await readdir(join(cache, 'search'))).toEqual([
      `${searchCacheKey(edited(fixturePlans), {})}.ndjson`,
    ]);
  });

  it('stores one line a file, then a head that counts them', async () => {
    const cache = await fresh('dir');
    const out = await fresh('out');
    await writeSearchIndex(fixturePlans, out, {}, { cacheDir: cache });
    const files = await linesOf(entryOf(cache, fixturePlans));
    const head = files.pop();
    const { manifest } = JSON.parse(head ?? '') as { manifest: { build: string } };
    const written = await tree(join(out, 'search', manifest.build, '/'));
    const stored = Object.fromEntries(files.map((line) => JSON.parse(line) as [string, string]));
    expect([JSON.parse(head ?? ''), stored]).toEqual([{ manifest, files: files.length }, written]);
  });

  it('builds afresh when the stored entry is cut off', async () => {
    const [out, plain] = await afterDamage((lines) => lines.slice(0, -1));
    expect(out).toEqual(plain);
  });

  it('builds afresh when a line of the stored entry is damaged', async () => {
    const [out, plain] = await afterDamage((lines) => lines.with(1, (lines[1] ?? '').slice(0, 10)));
    expect(out).toEqual(plain);
  });

  it('builds afresh when a line follows the head of the stored entry', async () => {
    // A stored file again, changed: read as a file, it would replace the stored one.
    const again = (line = '[""]'): string => JSON.stringify([JSON.parse(line)[0], '"changed"']);
    const [out, plain] = await afterDamage((lines) => [...lines, again(lines[0])]);
    expect(out).toEqual(plain);
  });

  it('keeps no entry when the files could not be written', async () => {
    const cache = await fresh('dir');
    const out = await fresh('out');
    // A file where the index's folder goes: no file of the index can be written.
    const { build } = buildSearchData(fixturePlans).manifest;
    await mkdir(join(out, 'search'), { recursive: true });
    await writeFile(join(out, 'search', build), '');
    const written = writeSearchIndex(fixturePlans, out, {}, { cacheDir: cache });
    await expect(written).rejects.toThrow();
    expect(await readdir(join(cache, 'search'))).toEqual([]);
  });

  it('replaces an entry of the older one-string format', async () => {
    const cache = await fresh('dir');
    const old = join(cache, 'search', `${'0'.repeat(32)}.json`);
    await mkdir(join(cache, 'search'), { recursive: true });
    await writeFile(old, '{"manifest":{},"files":[]}');
    await writeSearchIndex(fixturePlans, join(cache, 'out'), {}, { cacheDir: cache });
    expect(await readdir(join(cache, 'search'))).toEqual([
      `${searchCacheKey(fixturePlans, {})}.ndjson`,
    ]);
  });
});
