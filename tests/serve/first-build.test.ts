// serve whose first build fails has nothing to serve: it says why and exits, and the folders it
// already watches do not keep it running.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, test } from 'vitest';
import { goodPlan } from './serve-process.ts';

const bin = fileURLToPath(new URL('../../bin/plan-archive.js', import.meta.url));
let root = '';

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

test('exits with the reason when the output folder is refused', async () => {
  root = await mkdtemp(join(tmpdir(), 'plan-archive-serve-'));
  await mkdir(join(root, 'input'));
  await writeFile(join(root, 'input', 'rain.md'), goodPlan);
  await mkdir(join(root, 'site'));
  await writeFile(join(root, 'site', 'notes.txt'), 'not a build of plan-archive');
  const child = spawn(
    process.execPath,
    [bin, 'serve', '--input', 'input', '--output', 'site', '--port', '0', '--no-cache'],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const code = await new Promise<number | null>((done) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      done(null);
    }, 60_000);
    child.on('exit', (exitCode) => {
      clearTimeout(timer);
      done(exitCode);
    });
  });
  expect(code).toBe(1);
  expect(log).toContain('holds files plan-archive did not write');
});
