// `plan-archive serve` in a child process, as a user runs it, on a port the system picks
// (`--port 0`), over a temporary folder of hand-written documents.
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/plan-archive.js', import.meta.url));

export const goodPlan =
  '# Rain gardens for Nairobi\n\n[[focal_point:a@example.org]]\n\n[[year:2024]]\n\n[[type:solution]]\n\n' +
  '[[country:Kenya]]\n[[latlng:0.1,37.9]]\n\n## Plan\n\n> What did you try?\n\nRain gardens.\n';

export interface Served {
  /** The first URL serve printed, such as http://127.0.0.1:41234/ */
  url: string;
  port: number;
  /** The folder of documents being served. */
  input: string;
  /** The site configuration file, when one was given. */
  config: string;
  /** Everything the process wrote to stdout and stderr so far. */
  log: () => string;
  /** Resolves when the log after `from` (a length of log()) matches. */
  waitFor: (pattern: RegExp, from?: number) => Promise<string>;
  stop: () => Promise<void>;
}

/**
 * Starts serve over `documents` (file name → content) and waits for its URL. With `config`,
 * that text is the site configuration (`site.json` beside the input, passed with --config).
 * `program` is the plan-archive to run: this project's, or a copy of it (copyProject).
 */
export async function startServe(
  documents: Record<string, string | Buffer>,
  args: string[] = [],
  config?: string,
  program = bin,
): Promise<Served> {
  const root = await mkdtemp(join(tmpdir(), 'plan-archive-serve-'));
  const input = join(root, 'input');
  await writeDocuments(input, documents);
  if (config !== undefined) {
    await writeFile(join(root, 'site.json'), config);
    args = [...args, '--config', join(root, 'site.json')];
  }
  const served = await spawnServe(
    program,
    [
      'serve',
      '--input',
      input,
      '--output',
      join(root, 'site'),
      '--port',
      '0',
      '--no-cache',
      ...args,
    ],
    root,
  );
  return {
    ...served,
    input,
    config: join(root, 'site.json'),
    stop: async () => {
      await served.stop();
      await rm(root, { recursive: true, force: true });
    },
  };
}

export type ServeProcess = Omit<Served, 'input' | 'config'>;

/**
 * Runs `program` (a plan-archive bin) with `args` (a serve command line) in `cwd` and waits
 * for the URL it prints. `stop` ends the process and leaves its folders to the caller.
 */
export async function spawnServe(
  program: string,
  args: string[],
  cwd: string,
): Promise<ServeProcess> {
  const child = spawn(process.execPath, [program, ...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const waiters = new Set<() => void>();
  const append = (chunk: Buffer): void => {
    log += chunk.toString();
    for (const wake of waiters) wake();
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  child.on('exit', () => {
    for (const wake of waiters) wake();
  });

  const waitFor = (pattern: RegExp, from = 0): Promise<string> =>
    new Promise((resolve, reject) => {
      const check = (): void => {
        const match = pattern.exec(log.slice(from));
        if (match) {
          waiters.delete(check);
          resolve(match[0]);
        } else if (child.exitCode !== null) {
          waiters.delete(check);
          reject(new Error(`serve exited (${child.exitCode}) before ${pattern}:\n${log}`));
        }
      };
      waiters.add(check);
      check();
    });

  const url = await waitFor(/http:\/\/\S+/);
  return {
    url,
    port: Number(new URL(url).port),
    log: () => log,
    waitFor,
    stop: () => stopProcess(child),
  };
}

/** The parts of this project that serve runs from, copied into a new temporary folder. */
const projectParts = [
  'bin',
  'src',
  'templates',
  'public',
  '.eleventy.ts',
  'package.json',
  'package-lock.json',
];

/**
 * A copy of the project to run serve from, so a test may edit its templates and styles without
 * touching the ones other tests build with. Its node_modules is a link to this project's.
 */
export async function copyProject(): Promise<{ root: string; bin: string }> {
  const here = fileURLToPath(new URL('../../', import.meta.url));
  const root = await mkdtemp(join(tmpdir(), 'plan-archive-project-'));
  for (const part of projectParts)
    await cp(join(here, part), join(root, part), { recursive: true });
  await symlink(join(here, 'node_modules'), join(root, 'node_modules'), 'dir');
  return { root, bin: join(root, 'bin', 'plan-archive.js') };
}

async function writeDocuments(
  dir: string,
  documents: Record<string, string | Buffer>,
): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [name, content] of Object.entries(documents))
    await writeFile(join(dir, name), content);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** GET `path` exactly as written (no client-side normalisation), with an optional Host header. */
export async function get(
  port: number,
  path: string,
  host = '127.0.0.1',
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host, port, path, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.setTimeout(10_000, () => req.destroy(new Error(`no answer from ${host}:${port}${path}`)));
    req.end();
  });
}
