// Writing less on a rebuild. A build still writes a whole new site into its staging folder
// (publish.ts), but a file whose bytes hash as the previous build's manifest recorded for the
// same path is hard-linked from the previous output instead of written: the staging folder holds
// the same bytes, the previous site is untouched until the swap, and a failed build only removes
// links. Whole groups of files (the exports, the search index, the map data) whose inputs hash as
// before are linked without being computed at all. The links are made only once the whole site
// is known (`linkPending`): a site that turns out the same as the previous one is not copied at
// all (unchanged.ts).
import { linkSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { UserError } from '../user-error.ts';
import type { SiteSeen } from './guard.ts';
import { contentHash, listTree, readManifest, type Manifest } from './manifest.ts';

/** What a build recorded of its own files, for the next build to compare against. */
export interface ReuseRecord {
  /** Relative path (with `/`) → content hash. */
  hashes: Record<string, string>;
  /** Group name → the key of its inputs and the files it wrote. */
  groups: Record<string, { key: string; files: string[] }>;
  /** Page path → the render key of what its template printed (src/eleventy/page-keys.ts). */
  keys: Record<string, string>;
  /** Files to link from the previous output, not yet linked into the staging folder. */
  pending: Set<string>;
  /** Of them, those linked from another path of the previous output (the same bytes moved). */
  moved: Record<string, string>;
  written: number;
  linked: number;
}

export class OutputReuse {
  readonly staging: string;
  /** The output whose files may be linked, when it has a manifest. */
  readonly previous: string | null;
  private readonly before: Manifest | null;
  private readonly record: ReuseRecord = {
    hashes: Object.create(null) as Record<string, string>,
    groups: Object.create(null) as ReuseRecord['groups'],
    keys: Object.create(null) as Record<string, string>,
    pending: new Set<string>(),
    moved: Object.create(null) as Record<string, string>,
    written: 0,
    linked: 0,
  };
  /** The site's manifest, once written (publish.ts), or the previous one when it was kept. */
  manifest: Manifest | null = null;
  private readonly folders = new Set<string>();
  /** The files the previous output holds: only those can be linked. */
  private readonly present: ReadonlySet<string>;
  /** A file of the previous output by its hash, made when first asked. */
  private byHash: Map<string, string> | null = null;

  /**
   * `previous` is the live output, or null for a first build or when nothing may be reused.
   * `seen` is its manifest and files when the caller has just walked it (guard.ts); else they
   * are read here.
   */
  constructor(staging: string, previous: string | null, seen?: SiteSeen) {
    this.staging = staging;
    this.before = seen ? seen.manifest : previous ? readManifest(previous) : null;
    this.previous = this.before ? previous : null;
    this.present =
      seen?.files ?? (this.previous ? new Set(listTree(this.previous).files) : new Set<string>());
  }

  /** The previous output's manifest and files as this reuse found them, for another thread. */
  get seen(): SiteSeen | undefined {
    return this.previous ? { manifest: this.before, files: new Set(this.present) } : undefined;
  }

  /** The previous build's manifest, or null. */
  get previousManifest(): Manifest | null {
    return this.before;
  }

  /** Whether `file` (absolute) is inside the staging folder. */
  owns(file: string): boolean {
    return file.startsWith(this.staging + sep);
  }

  private rel(file: string): string {
    return relative(this.staging, file).split(sep).join('/');
  }

  /** Make the folder of `file` unless this build has made it already. */
  makeFolder(file: string): void {
    const folder = dirname(file);
    if (this.folders.has(folder)) return;
    mkdirSync(folder, { recursive: true });
    this.folders.add(folder);
  }

  private note(rel: string, hash: string): void {
    this.record.hashes[rel] = hash;
  }

  /** Link `rel` from the previous output once the site is done; false when it is not there. */
  private link(rel: string): boolean {
    if (!this.previous || !this.present.has(rel)) return false;
    this.record.pending.add(rel);
    this.record.linked++;
    return true;
  }

  /** Forget a pending link of `rel`: the file is written instead. */
  private unlink(rel: string): void {
    if (this.record.pending.delete(rel)) this.record.linked--;
    delete this.record.moved[rel];
  }

  /** A file of the previous output whose bytes hash to `hash`, if any. */
  private previousWith(hash: string): string | undefined {
    if (this.byHash === null) {
      this.byHash = new Map();
      for (const [rel, h] of Object.entries(this.before?.hashes ?? {}))
        if (this.present.has(rel)) this.byHash.set(h, rel);
    }
    return this.byHash.get(hash);
  }

  /**
   * Link `rel` from `from`, another file of the previous output with the same bytes: the search
   * index's files move to a new folder whenever any of them changes, most with the same bytes.
   */
  private linkMoved(rel: string, hash: string): boolean {
    const from = this.previous ? this.previousWith(hash) : undefined;
    if (from === undefined) return false;
    this.record.pending.add(rel);
    this.record.moved[rel] = from;
    this.record.linked++;
    return true;
  }

  /** Write `content` to `file` (absolute, in staging), or link it when the bytes are unchanged. */
  write(file: string, content: string | Uint8Array): void {
    const rel = this.rel(file);
    const hash = contentHash(content);
    // Written already by this build (not linked): written over, as a file of this build.
    const again = this.record.hashes[rel] !== undefined && !this.record.pending.has(rel);
    this.unlink(rel);
    if (!again && this.before?.hashes?.[rel] === hash && this.link(rel)) {
      this.note(rel, hash);
      return;
    }
    if (!again && this.linkMoved(rel, hash)) {
      this.note(rel, hash);
      return;
    }
    this.makeFolder(file);
    writeFileSync(file, content);
    this.record.written++;
    this.note(rel, hash);
  }

  /**
   * A file written by other means (a stream), whose hash its writer computed. When the bytes
   * are the previous build's, the previous file replaces it, so that an unchanged file is the
   * same file from build to build whoever wrote it.
   */
  wrote(file: string, hash: string): void {
    const rel = this.rel(file);
    this.note(rel, hash);
    this.unlink(rel);
    if (this.before?.hashes?.[rel] === hash && this.link(rel)) {
      rmSync(file);
      return;
    }
    this.record.written++;
  }

  /**
   * Link the files of group `name`, whose inputs hash to `key`, from the previous output: true
   * when its group had the same key and every file is still there; then nothing need make them.
   */
  linkGroup(name: string, key: string | null): boolean {
    const earlier = this.before?.groups?.[name];
    if (key === null || earlier?.key !== key || !this.linkAll(earlier.files)) return false;
    this.record.groups[name] = { key, files: earlier.files };
    return true;
  }

  /**
   * Link page `rel` from the previous output when that build rendered it with the same render
   * `key` (and its bytes are still the ones it wrote): then it need not be rendered at all.
   */
  linkPage(rel: string, key: string): boolean {
    const hash = this.before?.hashes?.[rel];
    if (hash === undefined || this.before?.keys?.[rel] !== key || !this.link(rel)) return false;
    this.note(rel, hash);
    this.record.keys[rel] = key;
    return true;
  }

  /**
   * Link `file` (absolute, in staging) from the previous output when that build made it from
   * inputs with the same `key`: then it need not be made at all.
   */
  linkKeyed(file: string, key: string): boolean {
    return this.linkPage(this.rel(file), key);
  }

  /** Write `file` as `write` does, made from inputs that hash to `key` (for the next build). */
  writeKeyed(file: string, content: string | Uint8Array, key: string): void {
    this.write(file, content);
    this.record.keys[this.rel(file)] = key;
  }

  /** Record the render key of page `rel`, which this build renders. */
  renderPage(rel: string, key: string): void {
    this.record.keys[rel] = key;
  }

  /** Record that group `name` made `files` from inputs that hash to `key`. */
  recordGroup(name: string, key: string | null, files: string[]): void {
    // Sorted: the order files were written in is not part of the site.
    if (key !== null) this.record.groups[name] = { key, files: [...files].sort() };
  }

  private linkAll(files: string[]): boolean {
    const hashes = this.before?.hashes;
    if (!hashes || !files.every((rel) => hashes[rel] !== undefined && this.present.has(rel)))
      return false;
    for (const rel of files) {
      this.link(rel);
      this.note(rel, hashes[rel]!);
      // The keys of a group's files (sources) go on, so that a later build can link them apart.
      const key = this.before?.keys?.[rel];
      if (key !== undefined) this.record.keys[rel] = key;
    }
    return true;
  }

  /** The render key the previous build recorded for page `rel`, if any. */
  previousKey(rel: string): string | undefined {
    return this.before?.keys?.[rel];
  }

  /**
   * Make the pending links, once nothing more is written. A file of the previous output that
   * is gone by now (it was there when the build started) fails the build: the output changed
   * under it.
   */
  linkPending(): void {
    for (const rel of this.record.pending) {
      const target = join(this.staging, rel);
      this.makeFolder(target);
      try {
        linkSync(join(this.previous!, this.record.moved[rel] ?? rel), target);
      } catch (error) {
        throw new UserError(
          `"${rel}" of the output changed while the site was built (${(error as Error).message}). Run the build again.`,
          { cause: error },
        );
      }
    }
    this.record.pending.clear();
    this.record.moved = Object.create(null) as Record<string, string>;
  }

  /** Add what another thread's reuse recorded (the side-files worker's). */
  merge(other: ReuseRecord): void {
    Object.assign(this.record.hashes, other.hashes);
    Object.assign(this.record.groups, other.groups);
    Object.assign(this.record.keys, other.keys);
    for (const rel of other.pending) this.record.pending.add(rel);
    Object.assign(this.record.moved, other.moved);
    this.record.written += other.written;
    this.record.linked += other.linked;
  }

  get result(): ReuseRecord {
    return this.record;
  }
}

/** Write a file of the site through `reuse` when there is one, else plainly. */
export async function writeOut(
  reuse: OutputReuse | undefined,
  file: string,
  content: string | Uint8Array,
): Promise<void> {
  if (reuse?.owns(file)) return reuse.write(file, content);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, content);
}
