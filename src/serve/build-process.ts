// serve builds each time in a new process. Eleventy keeps templates and layouts in caches that
// live as long as the process, and Node keeps every module it loaded: a build in serve's own
// process would not see an edited template, nor edited build or shared code. A fresh process
// reads everything anew; the parse cache keeps the documents' part fast. A process whose build
// succeeded may stay for quick updates of edited documents (src/serve/build-child.ts). serve
// keeps the next process started ahead, its modules loaded, so a rebuild skips that second.
import { fork, type ChildProcess } from 'node:child_process';
import type { BuildOptions, BuildSummary } from '../build.ts';
import { UserError } from '../user-error.ts';
import type { FromBuild, ToBuild, ToLive } from './build-child.ts';
import type { PatchAnswer } from './live-site.ts';

const entry = new URL('./build-child.js', import.meta.url);
const running = new Set<ChildProcess>();
/**
 * A process started ahead for the next build, waiting for its options. It reads no template
 * and no document before then, so a template edited meanwhile is still read anew. Unreferenced
 * while it waits: it must not keep serve alive.
 */
let spare: ChildProcess | null = null;

function startProcess(): ChildProcess {
  const child = fork(entry, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  running.add(child);
  child.once('exit', () => {
    running.delete(child);
    if (spare === child) spare = null;
  });
  return child;
}

/** The spare process if it is ready, else a new one; with `ahead`, the next one is started. */
function takeProcess(ahead: boolean): ChildProcess {
  let child = spare;
  spare = null;
  if (child?.connected) {
    child.ref();
    child.channel?.ref();
  } else child = startProcess();
  if (ahead) {
    spare = startProcess();
    spare.unref();
    spare.channel?.unref();
  }
  return child;
}

// A build still running when serve stops is stopped too; it removes its staging folder.
process.on('exit', () => {
  for (const child of running) child.kill('SIGTERM');
});

export interface BuildProcess {
  /** The build's summary; rejects with the error as the CLI would say it. */
  summary: Promise<BuildSummary>;
  /** Ask the process, once built, to update the pages of edited documents (`keep` only). */
  patch(names: string[]): Promise<PatchAnswer>;
  /** Then to update the pages that show their cards. */
  finish(): Promise<PatchAnswer>;
  /** End the process: a build in progress stops and removes its staging folder. */
  stop(): void;
}

/**
 * Build the site in a child process; with `keep`, the process stays after a successful build,
 * and the process of the next build is started ahead. The pages at `preview` are published
 * first, from the new model, and `shown` told how many.
 */
export function buildInChild(
  options: BuildOptions,
  keep = false,
  preview: { urls: string[]; shown: (pages: number) => void } = { urls: [], shown: () => {} },
): BuildProcess {
  const child = takeProcess(keep);
  const pending = new Map<number, (answer: PatchAnswer) => void>();
  let nextId = 0;
  const ended = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) => {
      resolve(`the build process stopped (${signal ?? `exit code ${code}`})`);
    }),
  );
  void ended.then((reason) => {
    for (const settle of pending.values()) settle({ kind: 'full', reason });
    pending.clear();
  });
  const summary = new Promise<BuildSummary>((resolve, reject) => {
    child.on('message', (message: FromBuild) => {
      if (message.kind === 'preview') preview.shown(message.pages);
      else if (message.kind === 'built') resolve(message.summary);
      // Already described (a user's mistake, or a bug with its stack): printed as it is.
      else if (message.kind === 'failed') reject(new UserError(message.message));
      else {
        pending.get(message.id)?.(message.answer);
        pending.delete(message.id);
      }
    });
    void ended.then((reason) => reject(new Error(reason)));
  });
  child.send({ options, keep, preview: preview.urls } satisfies ToBuild);
  const ask = (message: (id: number) => ToLive): Promise<PatchAnswer> => {
    const id = nextId++;
    return new Promise<PatchAnswer>((resolve) => {
      if (!child.connected) return resolve({ kind: 'full', reason: 'the build process ended' });
      pending.set(id, resolve);
      child.send(message(id));
    });
  };
  return {
    summary,
    patch: (names) => ask((id) => ({ id, names })),
    finish: () => ask((id) => ({ id, finish: true })),
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    },
  };
}
