// The check, records and build commands, run as a user runs them (`npx plan-archive ...`).
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/plan-archive.js', import.meta.url));
const run = promisify(execFile);

async function cli(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args, '--no-cache']);
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-archive-cli-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const good =
  '# Good plan\n\n[[focal_point:a@example.org]]\n\n[[year:2024]]\n\n[[type:solution]]\n\n[[country:Kenya]]\n[[latlng:0.1,37.9]]\n';
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
    const { stdout, stderr, code } = await cli('build', dir, '--output', join(dir, 'site'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^1 document, 1 record, \d+ pages, 0 errors, /);
    expect(stderr).toContain('set "baseUrl"');
  });

  test('adds no note once baseUrl is set', async () => {
    const dir = folder({ 'a.md': good, 'site.json': '{"baseUrl":"https://example.org"}' });
    const config = join(dir, 'site.json');
    const { stderr, code } = await cli(
      'build',
      dir,
      '--output',
      join(dir, 'site'),
      '--config',
      config,
    );
    expect(code).toBe(0);
    expect(stderr).not.toContain('baseUrl');
  });
});
