// One run of the real command (`node bin/plan-archive.js build ...`) in a child process, timed
// as a user sees it: wall clock from start to exit, start-up, tsx transpiling and imports
// included. GNU time reports the child's peak RSS and CPU seconds.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../', import.meta.url));
const gnuTime = '/usr/bin/time';

export interface CliRun {
  seconds: number;
  cpuSeconds: number;
  /** Peak RSS of the whole process (every thread), from GNU time; NaN without it. */
  peakRssMb: number;
  /** Exit code; non-zero when the build failed (e.g. out of memory), with the last stderr line. */
  code: number;
  error?: string;
}

/**
 * `plan-archive build --input --output --cache` as a user runs it, after `sync`. `bin` is the
 * plan-archive to run: this project's, or a copy of it.
 */
export async function runCliBuild(
  input: string,
  output: string,
  cache: string,
  bin = join(repo, 'bin/plan-archive.js'),
): Promise<CliRun> {
  execFileSync('sync');
  const dir = await mkdtemp(join(tmpdir(), 'plan-archive-time-'));
  const report = join(dir, 'time.txt');
  const cli = [bin, 'build', '--input', input, '--output', output];
  const args = [...cli, '--cache', cache, '--quiet'];
  const useTime = existsSync(gnuTime);
  const [command, argv] = useTime
    ? [gnuTime, ['-f', '%e %U %S %M', '-o', report, process.execPath, ...args]]
    : [process.execPath, args];
  const started = performance.now();
  try {
    const { code, stderr } = await new Promise<{ code: number; stderr: string }>((done, fail) => {
      const proc = spawn(command, argv, {
        cwd: repo,
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { ...process.env, CI: 'true' },
      });
      let err = '';
      proc.stderr.on('data', (chunk: Buffer) => (err = (err + chunk.toString()).slice(-4000)));
      proc.on('error', fail);
      proc.on('close', (exit) => done({ code: exit ?? 1, stderr: err }));
    });
    const seconds = (performance.now() - started) / 1000;
    let cpuSeconds = NaN;
    let peakRssMb = NaN;
    if (useTime) {
      // GNU time adds a "Command exited with non-zero status" line before its own on failure.
      const last = (await readFile(report, 'utf8')).trim().split('\n').pop() ?? '';
      const [, user, sys, rssKb] = last.split(' ').map(Number) as number[];
      cpuSeconds = user! + sys!;
      peakRssMb = Math.round(rssKb! / 1024);
    }
    const error = code === 0 ? undefined : stderr.trim().split('\n').slice(-3).join(' | ');
    return { seconds, cpuSeconds, peakRssMb, code, error };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
