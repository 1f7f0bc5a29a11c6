// A rebuild into the same output links the files whose bytes did not change from the previous
// site instead of writing them (src/output/reuse.ts), and links the side files whole when no
// record changed. The site it leaves must be the one a cold build makes, byte for byte.
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { buildSite } from '../../src/build.ts';
import { publicFiles } from '../../src/eleventy/public-files.ts';
import { checkOutput } from '../../src/output/guard.ts';
import { listTree } from '../../src/output/manifest.ts';
import { publishSite } from '../../src/output/publish.ts';
import type { OutputReuse } from '../../src/output/reuse.ts';
import { folder, removeFolders } from '../helpers/cli.ts';

const fixture = fileURLToPath(new URL('./fixtures/rebuild/', import.meta.url));

// One day for every build: the footer prints the build's day.
beforeAll(() => vi.stubEnv('SOURCE_DATE_EPOCH', '1764979200'));
afterAll(() => {
  vi.unstubAllEnvs();
  removeFolders();
});

interface FileState {
  hash: string;
  inode: number;
}

/** Every file below `dir`: a hash of its bytes and its inode. */
function snapshot(dir: string): Map<string, FileState> {
  const files = new Map<string, FileState>();
  for (const file of listTree(dir).files) {
    const path = join(dir, file);
    const hash = createHash('sha256').update(readFileSync(path)).digest('hex');
    files.set(file, { hash, inode: statSync(path).ino });
  }
  return files;
}

const hashes = (s: Map<string, FileState>): Map<string, string> =>
  new Map([...s].map(([file, { hash }]) => [file, hash]));

/** The fixture documents in a folder of their own, which a test may edit. */
function documents(): string {
  const dir = folder();
  cpSync(fixture, dir, { recursive: true });
  return dir;
}

function build(input: string, output: string, cacheDir?: string): ReturnType<typeof buildSite> {
  return buildSite({ input, output, cacheDir, quiet: true });
}

/** The fixture built once into a new output with a new cache, and the output's snapshot. */
async function builtOnce(): Promise<{
  input: string;
  cache: string;
  output: string;
  before: Map<string, FileState>;
}> {
  const input = documents();
  const cache = folder();
  const output = join(folder(), 'site');
  await build(input, output, cache);
  return { input, cache, output, before: snapshot(output) };
}

/** The hashes of a cold build of `input` into a new folder, without a cache. */
async function coldBuild(input: string): Promise<Map<string, string>> {
  const cold = join(folder(), 'site');
  await build(input, cold);
  return hashes(snapshot(cold));
}

describe('a rebuild into its own output', () => {
  test('with nothing changed leaves the output as it was, every file the same, as a cold build', async () => {
    const { input, cache, output, before } = await builtOnce();
    const summary = await build(input, output, cache);
    const after = snapshot(output);

    expect(hashes(after)).toEqual(await coldBuild(input));
    // Not one file replaced, not even the manifest or the public files Eleventy copies.
    expect(after).toEqual(before);
    expect(readdirSync(dirname(output))).toEqual(['site']);
    const copied = new Set(Object.values(publicFiles));
    expect(summary.linked).toBe(summary.files - copied.size);
    // Rendered again: only home, about, search, map and 404, which are not kept by render key.
    expect(summary.rendered).toBe(5);
    // The side files were linked whole: the side worker never started.
    expect(summary.side.seconds).toBe(0);
    // The related plans were ranked once, by the first build, and kept for the second.
    expect(readdirSync(join(cache, 'related'))).toHaveLength(1);
  });

  test('writes again a file deleted from the output since the last build', async () => {
    const { input, cache, output, before } = await builtOnce();
    const page = 'plans/market-radio/index.html';
    rmSync(join(output, page));
    await build(input, output, cache);
    const after = snapshot(output);

    expect(hashes(after)).toEqual(await coldBuild(input));
    expect(after.get(page)?.hash).toBe(before.get(page)?.hash);
    expect(after.get('plans/well-repairs/index.html')?.inode).toBe(
      before.get('plans/well-repairs/index.html')?.inode,
    );
  });

  test('with the build day changed renders every page again and keeps what did not change', async () => {
    const { input, cache, output, before } = await builtOnce();
    vi.stubEnv('SOURCE_DATE_EPOCH', String(1764979200 + 86_400));
    const summary = await build(input, output, cache).finally(() =>
      vi.stubEnv('SOURCE_DATE_EPOCH', '1764979200'),
    );
    const after = snapshot(output);

    expect(summary.rendered).toBe(summary.pages);
    expect(after.get('plans/well-repairs/index.html')?.hash).not.toBe(
      before.get('plans/well-repairs/index.html')?.hash,
    );
    // The side files do not print the day: linked from the previous output.
    expect(summary.side.seconds).toBe(0);
  });

  test('after one document changed rewrites exactly the files whose bytes changed', async () => {
    const { input, cache, output, before } = await builtOnce();
    const file = join(input, 'well-repairs.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('for months', 'for a whole season'));
    await build(input, output, cache);
    const after = snapshot(output);

    expect(hashes(after)).toEqual(await coldBuild(input));
    const copied = new Set(['.plan-archive-manifest.json', ...Object.values(publicFiles)]);
    for (const [name, state] of after) {
      if (copied.has(name)) continue;
      const earlier = before.get(name);
      const same = earlier?.hash === state.hash;
      // Linked (the same inode) exactly when the bytes are the same.
      expect(earlier?.inode === state.inode, name).toBe(same);
    }
    expect(after.get('plans/well-repairs/index.html')?.hash).not.toBe(
      before.get('plans/well-repairs/index.html')?.hash,
    );
    expect(after.get('plans/market-radio/index.html')?.inode).toBe(
      before.get('plans/market-radio/index.html')?.inode,
    );
  });
});

describe('a rebuild that fails', () => {
  /** A site built from the fixture, its snapshot, and the folder it is in. */
  async function site(): Promise<{ output: string; parent: string }> {
    const parent = folder();
    const output = join(parent, 'site');
    await build(documents(), output);
    return { output, parent };
  }

  test('after linking the previous files leaves the previous site, and no staging folder', async () => {
    const { output, parent } = await site();
    const before = snapshot(output);
    let reused: OutputReuse | undefined;
    const failing = publishSite(checkOutput({ output }), async (staging, reuse) => {
      reused = reuse;
      for (const file of before.keys())
        reuse.write(join(staging, file), readFileSync(join(output, file)));
      throw new Error('the disk is full');
    });
    await expect(failing).rejects.toThrow('the disk is full');
    expect(reused?.result.linked).toBeGreaterThan(0);
    expect(snapshot(output)).toEqual(before);
    expect(readdirSync(parent)).toEqual(['site']);
  });

  test("that wrote over a linked file first never changed the previous site's file", async () => {
    const { output } = await site();
    const before = snapshot(output);
    const page = 'plans/rain-gardens/index.html';
    const failing = publishSite(checkOutput({ output }), async (staging, reuse) => {
      reuse.write(join(staging, page), readFileSync(join(output, page)));
      reuse.write(join(staging, page), '<p>another page</p>');
      expect(readFileSync(join(staging, page), 'utf8')).toBe('<p>another page</p>');
      throw new Error('stopped');
    });
    await expect(failing).rejects.toThrow('stopped');
    expect(snapshot(output)).toEqual(before);
  });
});
