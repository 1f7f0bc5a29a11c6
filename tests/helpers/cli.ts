// Runs the command line as a user does (`npx plan-archive ...`), in a child process, and makes
// folders of hand-written documents for it.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const bin = fileURLToPath(new URL('../../bin/plan-archive.js', import.meta.url));
const run = promisify(execFile);

export interface CliResult {
  stdout: string;
  stderr: string;
  /** The exit code; null when the run was stopped after `timeout` ms. */
  code: number | null;
}

/** Runs `plan-archive ...args` without the parse cache unless `--cache` is given. */
export async function cli(...args: string[]): Promise<CliResult> {
  return cliWithin(60_000, ...args);
}

/** As `cli`, stopped after `timeout` ms: for inputs that might stall a run. */
export async function cliWithin(timeout: number, ...args: string[]): Promise<CliResult> {
  const cache = args.includes('--cache') ? [] : ['--no-cache'];
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args, ...cache], { timeout });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number; killed?: boolean };
    return { stdout: e.stdout, stderr: e.stderr, code: e.killed ? null : e.code };
  }
}

const made: string[] = [];

/** A new temporary folder; `files` (relative path → content) are written into it. */
export function folder(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-archive-cli-'));
  made.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** Remove the folders `folder` made: call it in each test file's `afterAll`. */
export function removeFolders(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A complete, valid document. */
export const goodDocument =
  '# Good plan\n\n[[focal_point:a@example.org]]\n\n[[year:2024]]\n\n[[type:solution]]\n\n[[country:Kenya]]\n[[latlng:0.1,37.9]]\n';
