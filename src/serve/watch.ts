// What `serve` watches: the documents, and the site's own sources that turn them into pages
// (templates, styles and client code), so an edit to any of them rebuilds and reloads.
// chokidar, not Node's `fs.watch({ recursive })`: on Linux, Node 20 watches each file's inode, so
// after an editor saves by renaming a new file over the old one, later saves go unseen.
import { watch } from 'chokidar';
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { templatesDir } from '../eleventy/config.ts';
import { publicDir } from '../eleventy/public-files.ts';

export interface WatchTarget {
  dir: string;
  /** Documents may be updated on their own; a change to the site's sources rebuilds it all. */
  kind: 'document' | 'source';
  /** Whether a change to this file (a path relative to `dir`) calls for a rebuild. */
  accept: (name: string) => boolean;
}

/** Templates, styles and static files, client code (src/client/ may not exist yet). */
const siteSourceDirs = [
  templatesDir,
  publicDir,
  fileURLToPath(new URL('../client', import.meta.url)),
];

/** The documents' `.md` files, and every file of the site's sources. */
export function serveTargets(input: string): WatchTarget[] {
  return [
    { dir: input, kind: 'document', accept: (name) => name.endsWith('.md') },
    ...siteSourceDirs.map((dir) => ({ dir, kind: 'source' as const, accept: () => true })),
  ];
}

/**
 * Calls `onChange` on each change, with the file's path relative to its folder; a folder that
 * does not exist is left out, and so are the folders `skip` (the output and the parse cache,
 * which may sit inside the input). Resolves once every folder is watched (a change saved after
 * that is seen) with a function that stops watching them.
 */
export async function watchFolders(
  targets: WatchTarget[],
  skip: string[],
  onChange: (kind: WatchTarget['kind'], name: string) => void,
  onError: (dir: string, error: Error) => void,
): Promise<() => Promise<void>> {
  const skipped = skip.map((dir) => resolve(dir));
  const isSkipped = (path: string): boolean =>
    skipped.some((dir) => path === dir || path.startsWith(dir + sep));
  const watchers = targets
    .filter(({ dir }) => existsSync(dir))
    .map(({ dir, kind, accept }) => {
      const root = resolve(dir);
      const watcher = watch(root, { ignoreInitial: true, ignored: isSkipped });
      watcher.on('all', (_event, path) => {
        const name = relative(root, path);
        if (accept(name)) onChange(kind, name);
      });
      watcher.on('error', (error) => onError(dir, error as Error));
      return watcher;
    });
  await Promise.all(
    watchers.map((watcher) => new Promise<void>((done) => watcher.once('ready', () => done()))),
  );
  return async () => {
    await Promise.all(watchers.map((watcher) => watcher.close()));
  };
}
