// Eleventy writes each page with its FileSystemManager's `writeFileSync` (its default, synchronous
// write mode). While a build has an OutputReuse (src/output/reuse.ts) for its staging folder,
// a page written there (and its folder) goes through it, so a page whose HTML did not change is
// linked from the previous output instead of written. FileSystemManager is not among Eleventy's
// public exports; like Template (release-pages.ts) it is found beside the package's entry file.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { OutputReuse } from '../output/reuse.ts';

type WriteSync = (file: string, content: string | Uint8Array) => void;
type MakeFolder = (file: string) => void;
type Write = (file: string, content: string | Uint8Array) => Promise<void>;

const entry = createRequire(import.meta.url).resolve('@11ty/eleventy');
const FileSystemManager = (
  (await import(pathToFileURL(join(dirname(entry), 'Util', 'FileSystemManager.js')).href)) as {
    FileSystemManager: {
      prototype: {
        writeFileSync: WriteSync;
        writeFile: Write;
        createDirectoryForFileSync: MakeFolder;
      };
    };
  }
).FileSystemManager;

/** The reuses of the builds running in this process (tests may run several). */
const active = new Set<OutputReuse>();
let patched = false;

function reuseFor(file: string): OutputReuse | undefined {
  for (const reuse of active) if (reuse.owns(file)) return reuse;
  return undefined;
}

function patch(): void {
  if (patched) return;
  patched = true;
  const { writeFileSync, writeFile, createDirectoryForFileSync } = FileSystemManager.prototype;
  // Eleventy asks for a page's folder before each page; the reuse knows which it has made.
  FileSystemManager.prototype.createDirectoryForFileSync = function (this: unknown, file) {
    const reuse = reuseFor(file);
    if (reuse) reuse.makeFolder(file);
    else createDirectoryForFileSync.call(this, file);
  };
  FileSystemManager.prototype.writeFileSync = function (this: unknown, file, content) {
    const reuse = reuseFor(file);
    if (reuse) reuse.write(file, content);
    else writeFileSync.call(this, file, content);
  };
  FileSystemManager.prototype.writeFile = async function (this: unknown, file, content) {
    const reuse = reuseFor(file);
    if (reuse) reuse.write(file, content);
    else await writeFile.call(this, file, content);
  };
}

/** Pages Eleventy writes into `reuse`'s staging folder while `run` runs go through it. */
export async function withReuse<T>(reuse: OutputReuse, run: () => Promise<T>): Promise<T> {
  patch();
  active.add(reuse);
  try {
    return await run();
  } finally {
    active.delete(reuse);
  }
}
