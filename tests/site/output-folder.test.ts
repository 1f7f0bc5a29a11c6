// The output folder is the build's own: a build replaces only a site it wrote itself, refuses
// any other folder with a message that says what to do, and a failed build changes nothing.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statfsSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildFromRecords, buildSite } from '../../src/build.ts';
import { forgetHashes, listTree, manifestName, readManifest } from '../../src/output/manifest.ts';
import { resolveConfig } from '../../src/site/config.ts';
import { cli, folder, goodDocument, removeFolders } from '../helpers/cli.ts';
import { makePlan } from '../helpers/plan.ts';

afterAll(removeFolders);

const second = goodDocument.replace('# Good plan', '# Second plan');

/** Every file below `dir` with a hash of its bytes. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const file of listTree(dir).files)
    files[file] = createHash('sha256')
      .update(readFileSync(join(dir, file)))
      .digest('hex');
  return files;
}

/** A build in this process, quiet and without the parse cache. */
function build(input: string, output: string, force = false): ReturnType<typeof buildSite> {
  return buildSite({ input, output, force, quiet: true });
}

/** A one-line message naming the problem, with no stack trace. */
function expectOneLine(stderr: string, pattern: RegExp): void {
  const lines = stderr.trim().split('\n');
  expect(lines, `stderr:\n${stderr}`).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
}

describe('a build into a folder that holds files it did not write', () => {
  test('refuses, names the files, and leaves them in place', async () => {
    const input = folder({ 'a.md': goodDocument });
    const output = folder({ 'thesis.docx': 'my thesis', 'photos/cat.jpg': 'a cat' });
    const { code, stderr } = await cli('build', input, '--output', output);
    expect(code).toBe(1);
    expectOneLine(
      stderr,
      /^plan-archive: the output folder .*\("photos\/" and "thesis\.docx"\).*--force/,
    );
    expect(readFileSync(join(output, 'thesis.docx'), 'utf8')).toBe('my thesis');
    expect(readdirSync(output).sort()).toEqual(['photos', 'thesis.docx']);
  });

  test('empties it with --force', async () => {
    const input = folder({ 'a.md': goodDocument });
    const output = folder({ 'thesis.docx': 'my thesis' });
    await build(input, output, true);
    expect(existsSync(join(output, 'thesis.docx'))).toBe(false);
    expect(existsSync(join(output, 'index.html'))).toBe(true);
  });

  test('refuses a file added to a site it wrote', async () => {
    const input = folder({ 'a.md': goodDocument });
    const output = join(folder(), 'site');
    await build(input, output);
    writeFileSync(join(output, 'plans', 'notes.txt'), 'mine');
    await expect(build(input, output)).rejects.toThrow('"plans/notes.txt"');
    expect(readFileSync(join(output, 'plans', 'notes.txt'), 'utf8')).toBe('mine');
  });
});

describe('a second build into its own output', () => {
  test('removes the page of a document deleted since the first', async () => {
    const input = folder({ 'a.md': goodDocument, 'b.md': second });
    const output = join(folder(), 'site');
    await build(input, output);
    expect(existsSync(join(output, 'plans', 'b', 'index.html'))).toBe(true);
    rmSync(join(input, 'b.md'));
    await build(input, output);
    expect(existsSync(join(output, 'plans', 'b'))).toBe(false);
    expect(existsSync(join(output, 'plans', 'a', 'index.html'))).toBe(true);
  });

  test('leaves exactly the files its manifest lists, and no folder beside the output', async () => {
    const input = folder({ 'a.md': goodDocument });
    const parent = folder();
    const output = join(parent, 'site');
    await build(input, output);
    await build(input, output);
    const { files, folders } = listTree(output);
    const manifest = readManifest(output);
    expect(manifest?.files).toEqual(files.filter((f) => f !== manifestName));
    expect(manifest?.folders).toEqual(folders);
    expect(readdirSync(parent)).toEqual(['site']);
  });

  test('writes again a page replaced since the last build whose hash was forgotten', async () => {
    const input = folder({ 'a.md': goodDocument });
    const output = join(folder(), 'site');
    await build(input, output);
    const page = join(output, 'plans', 'a', 'index.html');
    const built = readFileSync(page, 'utf8');
    // As serve's quick update does: the hash forgotten, the page replaced with other bytes.
    await forgetHashes(output, ['plans/a/index.html']);
    writeFileSync(`${page}.new`, 'a page from an edit since undone');
    renameSync(`${page}.new`, page);
    await build(input, output);
    expect(readFileSync(page, 'utf8')).toBe(built);
  });
});

describe('an output folder that may be replaced', () => {
  test('includes an empty folder', async () => {
    const input = folder({ 'a.md': goodDocument });
    const output = folder();
    await build(input, output);
    expect(existsSync(join(output, 'index.html'))).toBe(true);
  });

  test("includes the previous version's output, which carries its marker file", async () => {
    const input = folder({ 'a.md': goodDocument });
    const output = folder({ '.plan-archive-output': 'marker', 'plans/old/index.html': 'old' });
    await build(input, output);
    expect(existsSync(join(output, 'plans', 'old'))).toBe(false);
    expect(existsSync(join(output, '.plan-archive-output'))).toBe(false);
  });
});

describe('a build refuses an output', () => {
  test('that is the input folder, and its documents stay', async () => {
    const input = folder({ 'a.md': goodDocument });
    const { code, stderr } = await cli('build', input, '--output', input, '--force');
    expect(code).toBe(1);
    expectOneLine(stderr, /is the input folder .*Choose an --output outside the input/);
    expect(readdirSync(input)).toEqual(['a.md']);
  });

  test('inside the input folder', async () => {
    const input = folder({ 'a.md': goodDocument });
    const { code, stderr } = await cli('build', input, '--output', join(input, 'site'));
    expect(code).toBe(1);
    expectOneLine(stderr, /is inside the input folder/);
    expect(readdirSync(input)).toEqual(['a.md']);
  });

  test('that holds the input folder', async () => {
    const root = folder({ 'docs/a.md': goodDocument });
    const { code, stderr } = await cli('build', join(root, 'docs'), '--output', root, '--force');
    expect(code).toBe(1);
    expectOneLine(stderr, /holds the input folder/);
    expect(readdirSync(join(root, 'docs'))).toEqual(['a.md']);
  });

  test('that is a file', async () => {
    const input = folder({ 'a.md': goodDocument });
    const file = join(folder({ 'site.txt': 'a file' }), 'site.txt');
    const { code, stderr } = await cli('build', input, '--output', file);
    expect(code).toBe(1);
    expectOneLine(stderr, /is a file, not a folder/);
    expect(readFileSync(file, 'utf8')).toBe('a file');
  });

  test('whose name is too long for the file system, in one line', async () => {
    const input = folder({ 'a.md': goodDocument });
    const { code, stderr } = await cli('build', input, '--output', join(folder(), 'x'.repeat(300)));
    expect(code).toBe(1);
    expectOneLine(stderr, /is too long for the file system\. .*\(ENAMETOOLONG\)\.$/);
  });

  test('that would hold the parse cache', async () => {
    const input = folder({ 'a.md': goodDocument });
    const output = join(folder(), 'site');
    const cache = join(output, 'cache');
    const { code, stderr } = await cli('build', input, '--output', output, '--cache', cache);
    expect(code).toBe(1);
    expectOneLine(stderr, /the parse cache .* is inside the output folder/);
  });
});

describe('a build that fails', () => {
  test('leaves the previous site byte for byte, and no staging folder', async () => {
    const parent = folder();
    const output = join(parent, 'site');
    const config = resolveConfig();
    await buildFromRecords([makePlan({ id: 'a' })], { output, config, quiet: true });
    const before = snapshot(output);
    mkdirSync(join(parent, 'other'));
    // A record the site code cannot handle: the build fails once its staging folder is made.
    const broken = makePlan({ id: 'b', countries: null as never });
    await expect(
      buildFromRecords([makePlan({ id: 'a' }), broken], { output, config, quiet: true }),
    ).rejects.toThrow();
    expect(snapshot(output)).toEqual(before);
    expect(readdirSync(parent).sort()).toEqual(['other', 'site']);
  });

  test('for want of disk space says so in one line and leaves the previous site', async ({
    skip,
  }) => {
    const disk = folder();
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=32m', 'tmpfs', disk], { stdio: 'ignore' });
    } catch {
      return skip('a small file system cannot be mounted here (it needs root)');
    }
    try {
      const input = folder({ 'a.md': goodDocument });
      const output = join(disk, 'site');
      await build(input, output);
      const before = snapshot(output);
      // Fill the disk but for 64 kB: far less than a second copy of the site needs. A rebuild
      // needs room only for the files that changed: with another title, every page does.
      const { bavail, bsize } = statfsSync(disk);
      writeFileSync(join(disk, 'filler'), Buffer.alloc(bavail * bsize - 65_536));
      const config = join(folder({ 'site.json': '{"title":"Another archive"}' }), 'site.json');
      const { code, stderr } = await cli('build', input, '--output', output, '--config', config);
      expect(code).toBe(1);
      expectOneLine(
        stderr,
        /^plan-archive: the disk is full \(writing ".*site"\)\..*\(ENOSPC\)\.$/,
      );
      expect(snapshot(output)).toEqual(before);
      expect(readdirSync(disk).sort()).toEqual(['filler', 'site']);
    } finally {
      execFileSync('umount', [disk]);
    }
  });
});
