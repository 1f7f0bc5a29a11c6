// The output folder's manifest: the list of every file and folder a build wrote, kept in the
// output itself. The next build removes the old site only when it holds nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const manifestName = '.plan-archive-manifest.json';
/** What the previous version left in its output instead of a manifest: all of it was its own. */
export const legacyMarker = '.plan-archive-output';

export interface Manifest {
  format: 1;
  generator: 'plan-archive';
  /** Relative paths with `/`, in code-point order. */
  folders: string[];
  files: string[];
  /** Each file's content hash (reuse.ts), so the next build can link what did not change. */
  hashes?: Record<string, string>;
  /** Groups of files linked whole when the key of their inputs is unchanged (reuse.ts). */
  groups?: Record<string, { key: string; files: string[] }>;
  /** Each page's render key: a hash of what its template printed (src/eleventy/page-keys.ts). */
  keys?: Record<string, string>;
}

export interface Tree {
  folders: string[];
  files: string[];
  /** Links, FIFOs, devices: nothing a build writes. */
  others: string[];
}

/** Everything below `dir`, without following links. */
export function listTree(dir: string): Tree {
  const tree: Tree = { folders: [], files: [], others: [] };
  const visit = (folder: string, prefix: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const name = prefix + entry.name;
      if (entry.isDirectory()) {
        tree.folders.push(name);
        visit(join(folder, entry.name), `${name}/`);
      } else if (entry.isFile()) tree.files.push(name);
      else tree.others.push(name);
    }
  };
  visit(dir, '');
  for (const list of Object.values(tree)) list.sort();
  return tree;
}

/** The manifest in `dir`, or null when there is none that this version can read. */
export function readManifest(dir: string): Manifest | null {
  try {
    const data = JSON.parse(readFileSync(join(dir, manifestName), 'utf8')) as Partial<Manifest>;
    const isList = (v: unknown): v is string[] =>
      Array.isArray(v) && v.every((s) => typeof s === 'string');
    if (data.format !== 1 || !isList(data.folders) || !isList(data.files)) return null;
    return nullPrototypes(data as Manifest);
  } catch {
    return null;
  }
}

/** The manifest's maps as null-prototype objects, as read from JSON or copied from a thread. */
export function nullPrototypes(data: Manifest): Manifest {
  // Keyed by paths, and so by slugs from document text.
  const hashes = Object.assign(Object.create(null) as Record<string, string>, data.hashes);
  type Groups = NonNullable<Manifest['groups']>;
  const groups = Object.assign(Object.create(null) as Groups, data.groups);
  const keys = Object.assign(Object.create(null) as Record<string, string>, data.keys);
  return { ...data, hashes, groups, keys };
}

/** A file's content hash as the manifest records it. */
export function contentHash(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('base64url');
}

/** The entries of `record` in code-point order of their names: the order they came in is not part of the site. */
function sortedEntries<T>(record: Record<string, T> = {}): Record<string, T> {
  const sorted = Object.create(null) as Record<string, T>;
  for (const name of Object.keys(record).sort()) sorted[name] = record[name]!;
  return sorted;
}

/**
 * Record everything in `dir` (a freshly built site) as the build's own, with each file's hash:
 * from `known` for what the build hashed as it wrote, read here for the few others. Returns the
 * manifest written.
 */
export async function writeManifest(
  dir: string,
  known: Pick<Manifest, 'hashes' | 'groups' | 'keys'> = {},
): Promise<Manifest> {
  const { folders, files } = listTree(dir);
  const hashes: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const file of files) {
    hashes[file] = known.hashes?.[file] ?? contentHash(readFileSync(join(dir, file)));
  }
  const manifest: Manifest = {
    format: 1,
    generator: 'plan-archive',
    folders,
    files,
    hashes,
    groups: sortedEntries(known.groups),
    keys: sortedEntries(known.keys),
  };
  await writeFile(join(dir, manifestName), `${JSON.stringify(manifest, null, 1)}\n`);
  return manifest;
}

/**
 * Forget the hashes of `files`, about to be replaced outside a build (serve's quick update), so
 * the next build writes them again instead of linking what it takes for its own earlier bytes.
 * `manifest` is the one in `dir`, when the caller holds it: it is changed too. The manifest is
 * written only when one of `files` still has a hash (a quick update forgets some ahead).
 */
export async function forgetHashes(
  dir: string,
  files: readonly string[],
  manifest = readManifest(dir),
): Promise<void> {
  const hashes = manifest?.hashes;
  if (!hashes || !files.some((file) => hashes[file] !== undefined)) return;
  for (const file of files) delete hashes[file];
  const temporary = join(dir, `${manifestName}.tmp`);
  await writeFile(temporary, `${JSON.stringify(manifest, null, 1)}\n`);
  await rename(temporary, join(dir, manifestName));
}

/**
 * What `dir` holds that the manifest does not list (all of it when there is no manifest). A
 * foreign folder is named once (`photos/`) and not walked, so a home folder is judged quickly.
 * The listed files found are added to `present`, when given.
 */
export function foreignEntries(
  dir: string,
  manifest: Manifest | null,
  present?: Set<string>,
): string[] {
  const files = new Set([...(manifest?.files ?? []), manifestName]);
  const folders = new Set(manifest?.folders ?? []);
  const foreign: string[] = [];
  const visit = (folder: string, prefix: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const name = prefix + entry.name;
      if (entry.isDirectory()) {
        if (folders.has(name)) visit(join(folder, entry.name), `${name}/`);
        else foreign.push(`${name}/`);
      } else if (!entry.isFile() || !files.has(name)) foreign.push(name);
      else present?.add(name);
    }
  };
  visit(dir, '');
  return foreign.sort();
}
