// The check, records and build commands, run as a user runs them (`npx plan-archive ...`).
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { describeError } from '../../src/user-error.ts';
import { cli, folder, goodDocument as good, removeFolders } from '../helpers/cli.ts';

afterAll(removeFolders);

const noLatLng =
  '# Lost\n\n[[focal_point:a@example.org]]\n\n[[year:2024]]\n\n[[type:solution]]\n\n[[country:Chad]]\n';

describe('plan-archive check', () => {
  test('prints each diagnostic as file:line:column severity code message', async () => {
    const dir = folder({ 'a.md': good, 'b.md': noLatLng });
    const { stdout, code } = await cli('check', dir);
    expect(stdout).toContain(`${join(dir, 'b.md')}:9:1 warning country-without-latlng `);
    expect(code).toBe(0);
  });

  test('ends with a summary of documents, records and diagnostics by code', async () => {
    const dir = folder({ 'a.md': good, 'b.md': noLatLng, 'c.md': '' });
    const { stdout } = await cli('check', dir);
    expect(stdout).toContain('3 documents: 2 records, 1 without a record');
    expect(stdout).toContain('country-without-latlng: 1');
    expect(stdout).toContain('file-empty: 1');
  });

  test('exits 1 on errors with --strict', async () => {
    const dir = folder({ 'a.md': good, 'bad.md': Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x0a]) });
    expect((await cli('check', dir)).code).toBe(0);
    expect((await cli('check', dir, '--strict')).code).toBe(1);
  });

  test('exits 0 with --strict when there are only warnings', async () => {
    const dir = folder({ 'b.md': noLatLng });
    expect((await cli('check', dir, '--strict')).code).toBe(0);
  });

  test('prints JSON with --format json', async () => {
    const dir = folder({ 'b.md': noLatLng });
    const { stdout } = await cli('check', dir, '--format', 'json');
    const parsed = JSON.parse(stdout) as {
      diagnostics: { code: string }[];
      summary: { records: number };
    };
    expect(parsed.diagnostics.map((d) => d.code)).toEqual(['country-without-latlng']);
    expect(parsed.summary.records).toBe(1);
  });

  test('counts a hidden .md file as a document', async () => {
    const dir = folder({ '.md': good, 'a.md': good });
    const { stdout } = await cli('check', dir);
    expect(stdout).toContain('2 documents: 2 records');
  });

  test('explains what is missing when no folder is given', async () => {
    const { stderr, code } = await cli('check');
    expect(stderr).toContain('check needs a folder');
    expect(code).toBe(2);
  });
});

describe('plan-archive records', () => {
  test('prints one JSON record a line, in file-name order', async () => {
    const dir = folder({ 'z.md': good, 'a.md': good, 'sub/m.md': good });
    const { stdout } = await cli('records', dir);
    const ids = stdout
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { id: string }).id);
    expect(ids).toEqual(['a', 'sub/m', 'z']);
  });

  test('gives records that carry their source path as given', async () => {
    const dir = folder({ 'a.md': good });
    const { stdout } = await cli('records', dir);
    expect((JSON.parse(stdout) as { sourcePath: string }).sourcePath).toBe(join(dir, 'a.md'));
  });
});

describe('plan-archive build', () => {
  test('ends with a summary line and a note while baseUrl is the localhost default', async () => {
    const dir = folder({ 'a.md': good });
    const { stdout, stderr, code } = await cli('build', dir, '--output', join(folder(), 'site'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^1 document, 1 record, \d+ pages, 0 errors, /);
    expect(stderr).toContain('set "baseUrl"');
  });

  test('adds no note once baseUrl is set', async () => {
    const config = join(folder({ 'site.json': '{"baseUrl":"https://example.org"}' }), 'site.json');
    const dir = folder({ 'a.md': good });
    const { stderr, code } = await cli(
      'build',
      dir,
      '--output',
      join(folder(), 'site'),
      '--config',
      config,
    );
    expect(code).toBe(0);
    expect(stderr).not.toContain('baseUrl');
  });
});

describe("an error that is not the user's", () => {
  test('keeps its stack trace and asks for a report', () => {
    const message = describeError(new TypeError('x is not a function'));
    expect(message).toMatch(/^TypeError: x is not a function\n\s+at /);
    expect(message).toContain('please report it');
  });
});
