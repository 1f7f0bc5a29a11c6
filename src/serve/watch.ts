// What `serve` watches: the documents, and the site's own sources that turn them into pages
// (templates, styles and client code), so an edit to any of them rebuilds and reloads.
import { existsSync, watch } from 'node:fs';
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
 * Calls `onChange` on each change, with the file's path relative to its folder (null when the
 * system does not say which); a folder that does not exist is left out.
 */
export function watchFolders(
  targets: WatchTarget[],
  onChange: (kind: WatchTarget['kind'], name: string | null) => void,
  onError: (dir: string, error: Error) => void,
): void {
  for (const { dir, kind, accept } of targets) {
    if (!existsSync(dir)) continue;
    const watcher = watch(dir, { recursive: true }, (_event, name) => {
      if (name === null) onChange(kind, null);
      else if (accept(String(name))) onChange(kind, String(name));
    });
    watcher.on('error', (error) => onError(dir, error));
  }
}
