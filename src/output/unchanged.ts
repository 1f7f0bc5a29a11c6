// A rebuild whose site comes out the same as the output it would replace need not replace it:
// linking every file into a staging folder, swapping it in and deleting the old folder would
// leave the same bytes under the same names. Checked before the links are made (reuse.ts), so
// such a build copies nothing and deletes nothing but its nearly empty staging folder.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentHash, listTree, type Manifest } from './manifest.ts';
import type { ReuseRecord } from './reuse.ts';

/** Every folder that holds `file` (`a/b/c.html` → `a`, `a/b`). */
function foldersOf(file: string, into: Set<string>): void {
  for (let at = file.lastIndexOf('/'); at > 0; at = file.lastIndexOf('/', at - 1)) {
    const folder = file.slice(0, at);
    if (into.has(folder)) return;
    into.add(folder);
  }
}

function sameEntries<T>(
  a: Record<string, T> | undefined,
  b: Record<string, T> | undefined,
  same: (x: T, y: T) => boolean,
): boolean {
  const left = Object.keys(a ?? {});
  if (left.length !== Object.keys(b ?? {}).length) return false;
  return left.every((k) => b?.[k] !== undefined && same(a![k]!, b[k]));
}

const sameGroup = (
  x: { key: string; files: string[] },
  y: { key: string; files: string[] },
): boolean => x.key === y.key && x.files.join('\n') === y.files.join('\n');

/**
 * Whether the site in `staging`, with the files `record` will link from the previous output
 * (`record.pending`), is exactly `before`: the same files with the same hashes, the same
 * folders, and the same render keys and groups for the next build to compare against.
 */
export function sameSite(staging: string, record: ReuseRecord, before: Manifest | null): boolean {
  if (!before?.hashes || record.written > 0) return false;
  const tree = listTree(staging);
  if (tree.others.length > 0) return false;
  if (tree.files.length + record.pending.size !== before.files.length) return false;
  const files = new Set(before.files);
  // A file linked from another path has other bytes than the file of its own name had.
  for (const file of record.pending)
    if (!files.has(file) || record.moved[file] !== undefined) return false;
  for (const file of tree.files) {
    if (!files.has(file) || record.pending.has(file)) return false;
    const hash = record.hashes[file] ?? contentHash(readFileSync(join(staging, file)));
    if (hash !== before.hashes[file]) return false;
  }
  const folders = new Set(tree.folders);
  for (const file of record.pending) foldersOf(file, folders);
  if (folders.size !== before.folders.length || !before.folders.every((f) => folders.has(f)))
    return false;
  return (
    sameEntries(record.keys, before.keys, (x, y) => x === y) &&
    sameEntries(record.groups, before.groups, sameGroup)
  );
}
