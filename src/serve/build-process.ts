// serve builds each time in a new process. Eleventy keeps templates and layouts in caches that
// live as long as the process, and Node keeps every module it loaded: a build in serve's own
// process would not see an edited template, nor edited build or shared code. A fresh process
// reads everything anew; the parse cache keeps the documents' part fast.
import { fork, type ChildProcess } from 'node:child_process';
import type { BuildOptions, BuildSummary } from '../build.ts';
import { UserError } from '../user-error.ts';
import type { FromBuild } from './build-child.ts';

const entry = new URL('./build-child.js', import.meta.url);
const running = new Set<ChildProcess>();

// A build still running when serve stops is stopped too; it removes its staging folder.
process.on('exit', () => {
  for (const child of running) child.kill('SIGTERM');
});

/** Build the site in a child process; rejects with the error as the CLI would say it. */
export function buildInChild(options: BuildOptions): Promise<BuildSummary> {
  const child = fork(entry, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  running.add(child);
  return new Promise<BuildSummary>((resolve, reject) => {
    child.once('message', (message: FromBuild) => {
      if (message.kind === 'built') resolve(message.summary);
      // Already described (a user's mistake, or a bug with its stack): printed as it is.
      else reject(new UserError(message.message));
    });
    child.once('exit', (code, signal) => {
      running.delete(child);
      reject(new Error(`the build process stopped (${signal ?? `exit code ${code}`})`));
    });
    child.send(options);
  });
}
