// What the commands read: an input folder that exists, and only regular files in it. Links are
// not followed (unless --follow-links allows those that stay inside), and no file can stall a
// run or fill its memory.
import { execFileSync } from 'node:child_process';
import { readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { listTree } from '../../src/output/manifest.ts';
import { cli, cliWithin, folder, goodDocument, removeFolders } from '../helpers/cli.ts';

afterAll(removeFolders);

/** A stall is a failure, not a hung test: runs that should take seconds are stopped at 60 s. */
const stall = 60_000;

/** The check line of `name` in `dir`, as `file:1:1 error code`. */
const errorLine = (dir: string, name: string, code: string): string =>
  `${join(dir, name)}:1:1 error ${code} `;

describe('a missing input folder', () => {
  const missing = join(folder(), 'no-such-folder');

  test.each([
    ['build', ['build', missing, '--output', join(folder(), 'site')]],
    ['check', ['check', missing]],
    ['check --strict', ['check', missing, '--strict']],
    ['records', ['records', missing]],
  ])('makes %s exit 1 with a one-line message', async (_name, args) => {
    const { code, stderr } = await cli(...args);
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(/^plan-archive: the input folder ".*" does not exist\. [^\n]+$/);
  });
});

test('an input that is a file is refused', async () => {
  const file = join(folder({ 'a.md': goodDocument }), 'a.md');
  const { code, stderr } = await cli('check', file);
  expect(code).toBe(1);
  expect(stderr).toContain('is a file, not a folder');
});

describe('a symbolic link', () => {
  const outside = folder({ 'secret.md': '# Secret plan\n\nSECRET-TEXT\n\n[[year:2024]]\n' });

  test('to a file outside the input is not published and gets a file-link error', async () => {
    const input = folder({ 'a.md': goodDocument });
    symlinkSync(join(outside, 'secret.md'), join(input, 'secret.md'));
    const output = join(folder(), 'site');
    const built = await cli('build', input, '--output', output);
    expect(built.code).toBe(0);
    const leaks = listTree(output).files.filter((f) =>
      readFileSync(join(output, f), 'utf8').includes('SECRET-TEXT'),
    );
    expect(leaks).toEqual([]);
    const { stdout } = await cli('check', input);
    expect(stdout).toContain(errorLine(input, 'secret.md', 'file-link'));
  });

  test('to a file outside the input is refused with --follow-links too', async () => {
    const input = folder({ 'a.md': goodDocument });
    symlinkSync(join(outside, 'secret.md'), join(input, 'secret.md'));
    const { stdout } = await cli('check', input, '--follow-links');
    expect(stdout).toContain(errorLine(input, 'secret.md', 'file-link'));
    expect(stdout).toContain('leads outside the input folder');
  });

  test('to a file inside the input is read with --follow-links', async () => {
    const input = folder({ 'drafts/plan.txt': goodDocument });
    symlinkSync(join(input, 'drafts', 'plan.txt'), join(input, 'plan.md'));
    expect((await cli('check', input)).stdout).toContain(errorLine(input, 'plan.md', 'file-link'));
    const { stdout } = await cli('records', input, '--follow-links');
    expect(
      stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { id: string }).id),
    ).toEqual(['plan']);
  });

  test('to a folder gets a file-link error and its documents are not read', async () => {
    const input = folder({ 'a.md': goodDocument });
    symlinkSync(outside, join(input, 'more'));
    const { stdout } = await cli('check', input, '--follow-links');
    expect(stdout).toContain(errorLine(input, 'more', 'file-link'));
    expect(stdout).not.toContain('secret.md');
  });
});

describe('a file that is not a regular file', () => {
  test.for([
    { kind: 'a FIFO', make: ['mkfifo'], why: 'mkfifo cannot make a FIFO here' },
    // The device of /dev/zero (1, 5), which only root may make.
    { kind: 'a device', make: ['mknod', 'c', '1', '5'], why: 'only root can make a device node' },
  ])(
    'named .md as $kind gets a file-not-regular error without stalling',
    async ({ make, why }, { skip }) => {
      const input = folder({ 'a.md': goodDocument });
      const [command = '', ...args] = make;
      try {
        execFileSync(command, [join(input, 'special.md'), ...args], { stdio: 'ignore' });
      } catch {
        return skip(why);
      }
      const { code, stdout } = await cliWithin(stall, 'check', input);
      expect(code).toBe(0);
      expect(stdout).toContain(errorLine(input, 'special.md', 'file-not-regular'));
    },
  );

  test('named .md as a link to /dev/zero gets a file-link error without stalling', async () => {
    const input = folder({ 'a.md': goodDocument });
    symlinkSync('/dev/zero', join(input, 'zero.md'));
    const { code, stdout } = await cliWithin(stall, 'check', input, '--follow-links');
    expect(code).toBe(0);
    expect(stdout).toContain(errorLine(input, 'zero.md', 'file-link'));
  });
});

test('a site built earlier inside the input is not read as documents', async () => {
  const input = folder({
    'a.md': goodDocument,
    'site/.plan-archive-manifest.json': '{}',
    'site/plans/good-plan/source.md': goodDocument,
  });
  const { stdout } = await cli('check', input);
  expect(stdout).toContain(errorLine(input, 'site/', 'built-site-skipped'));
  expect(stdout).toContain('2 documents: 1 record');
});

test('a file over the size limit is refused before a byte of it is read', async () => {
  const input = folder({ 'a.md': goodDocument });
  // 3 GB, sparse: reading it whole would need 3 GB of memory (Node refuses over 2 GB).
  writeFileSync(join(input, 'huge.md'), '# Huge\n');
  truncateSync(join(input, 'huge.md'), 3 * 1024 ** 3);
  const { code, stdout } = await cliWithin(stall, 'check', input);
  expect(code).toBe(0);
  expect(stdout).toContain(errorLine(input, 'huge.md', 'file-too-large'));
});
