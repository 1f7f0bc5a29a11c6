// A build writes the site into a fresh staging folder beside the output, then swaps it in: the
// old output is renamed away, checked once more to hold only an earlier build's files, replaced
// by the staging folder and deleted. A build that fails at any point removes its staging folder
// and leaves the previous site exactly as it was. A build whose site is the previous one, file
// for file, leaves the output as it is and removes its staging folder (unchanged.ts).
import { randomBytes } from 'node:crypto';
import { constants } from 'node:os';
import { chmodSync, renameSync, rmSync, statSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { ownership, type OutputTarget } from './guard.ts';
import { errorChain } from '../user-error.ts';
import { writeManifest } from './manifest.ts';
import { OutputReuse } from './reuse.ts';
import { sameSite } from './unchanged.ts';

/** Folders this process may leave behind if it is stopped: removed on SIGINT and SIGTERM. */
const leftovers = new Set<string>();

/** Remove the staging and old folders of builds still running, as the process is stopped. */
function removeLeftovers(): void {
  for (const dir of leftovers) rmSync(dir, { recursive: true, force: true });
  leftovers.clear();
}

/** A build stopped with Ctrl-C removes its half-written staging folder; the site stays as it was. */
export function removeLeftoversOnSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      removeLeftovers();
      process.exit(128 + constants.signals[signal]);
    });
  }
}

/** Beside the output, on the same file system, so renaming is atomic. */
function besideOutput(target: OutputTarget, kind: 'staging' | 'old'): string {
  return path.join(
    path.dirname(target.path),
    `.plan-archive-${kind}-${randomBytes(4).toString('hex')}`,
  );
}

/** Rename the output out of the way; null when there is none (yet, or any more). */
function moveAway(target: OutputTarget): string | null {
  const old = besideOutput(target, 'old');
  try {
    renameSync(target.path, old);
    return old;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Swap the staging folder in. Synchronous from the first rename to the last, so no signal
 * handler can run while the output is missing.
 */
function swapIn(target: OutputTarget, staging: string): string | null {
  const old = moveAway(target);
  if (old) {
    try {
      // Again now that nothing can reach it by its name: files may have appeared during the build.
      ownership(old, target.force, target.path);
      chmodSync(staging, statSync(old).mode & 0o7777);
    } catch (error) {
      renameSync(old, target.path);
      throw error;
    }
  }
  try {
    renameSync(staging, target.path);
  } catch (error) {
    if (old) renameSync(old, target.path);
    throw error;
  }
  leftovers.delete(staging);
  if (old) leftovers.add(old);
  return old;
}

/**
 * A file error names the file as it would be in the output, not in the staging folder, and a
 * write to an open file (which names none) names the output folder.
 */
function outputPath(error: unknown, staging: string, output: string): unknown {
  for (const e of errorChain(error)) {
    if (typeof e.path === 'string' && e.path.startsWith(staging))
      e.path = output + e.path.slice(staging.length);
    else if (e.syscall !== undefined && e.path === undefined) e.path = output;
  }
  return error;
}

/**
 * Run `write` into a staging folder, then make what it wrote the output. `write` may link
 * unchanged files from the current output through `reuse` (reuse.ts) instead of writing them.
 */
export async function publishSite<T>(
  target: OutputTarget,
  write: (staging: string, reuse: OutputReuse) => Promise<T>,
): Promise<T> {
  await mkdir(path.dirname(target.path), { recursive: true });
  const staging = besideOutput(target, 'staging');
  leftovers.add(staging);
  let result: T;
  /** Removed once the site is in place: the old output, or the staging folder left unused. */
  let done: string | null;
  try {
    // mkdir, not mkdtemp: the site must be readable by a web server as a new folder would be.
    await mkdir(staging);
    const reuse = new OutputReuse(staging, target.path, target.site);
    result = await write(staging, reuse);
    if (sameSite(staging, reuse.result, reuse.previousManifest)) {
      // Nothing to replace: the output is already this site.
      reuse.manifest = reuse.previousManifest;
      done = staging;
    } else {
      reuse.linkPending();
      reuse.manifest = await writeManifest(staging, reuse.result);
      done = swapIn(target, staging);
    }
  } catch (error) {
    await rm(staging, { recursive: true, force: true, maxRetries: 3 });
    leftovers.delete(staging);
    throw outputPath(error, staging, target.path);
  }
  if (done) {
    await rm(done, { recursive: true, force: true, maxRetries: 3 });
    leftovers.delete(done);
  }
  return result;
}
