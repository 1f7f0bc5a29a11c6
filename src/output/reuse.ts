// Writing less on a rebuild. A build still writes a whole new site into its staging folder
// (publish.ts), but a file whose bytes hash as the previous build's manifest recorded for the
// same path is hard-linked from the previous output instead of written: the staging folder holds
// the same bytes, the previous site is untouched until the swap, and a failed build only removes
// links. Whole groups of files (the exports, the search index, the map data) whose inputs hash as
// before are linked without being computed at all.
import { linkSync, mkdirSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { contentHash, readManifest, type Manifest } from './manifest.ts';

/** What a build recorded of its own files, for the next build to compare against. */
export interface ReuseRecord {
  /** Relative path (with `/`) → content hash. */
  hashes: Record<string, string>;
  /** Group name → the key of its inputs and the files it wrote. */
  groups: Record<string, { key: string; files: string[] }>;
  /** Page path → the render key of what its template printed (src/eleventy/page-keys.ts). */
  keys: Record<string, string>;
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
    written: 0,
    linked: 0,
  };
  /** The site's manifest, once written (publish.ts). */
  manifest: Manifest | null = null;
  /** Paths in staging that are links to the previous output: never written through. */
  private readonly links = new Set<string>();
  private readonly folders = new Set<string>();

  /** `previous` is the live output, or null for a first build or when nothing may be reused. */
  constructor(staging: string, previous: string | null) {
    this.staging = staging;
    this.before = previous ? readManifest(previous) : null;
    this.previous = this.before ? previous : null;
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

  /** Link `rel` from the previous output; false when it is not there (or cannot be linked). */
  private link(rel: string): boolean {
    if (!this.previous) return false;
    const target = join(this.staging, rel);
    try {
      this.makeFolder(target);
      linkSync(join(this.previous, rel), target);
    } catch {
      return false;
    }
    this.links.add(target);
    this.record.linked++;
    return true;
  }

  /** Write `content` to `file` (absolute, in staging), or link it when the bytes are unchanged. */
  write(file: string, content: string | Uint8Array): void {
    const rel = this.rel(file);
    const hash = contentHash(content);
    if (this.before?.hashes?.[rel] === hash && !this.links.has(file) && this.link(rel)) {
      this.note(rel, hash);
      return;
    }
    // Writing through a link would change the previous site's file.
    if (this.links.delete(file)) unlinkSync(file);
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
    if (this.previous && this.before?.hashes?.[rel] === hash && !this.links.has(file)) {
      // Beside it, then over it: when linking fails, the written file stays.
      const beside = `${file}.link`;
      try {
        linkSync(join(this.previous, rel), beside);
        renameSync(beside, file);
        this.links.add(file);
        this.record.linked++;
        return;
      } catch {
        rmSync(beside, { force: true });
      }
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
    if (!hashes || !files.every((rel) => hashes[rel] !== undefined)) return false;
    const done: string[] = [];
    for (const rel of files) {
      if (!this.link(rel)) {
        // Undo: the group is made afresh and must not write through these links.
        for (const d of done) {
          const file = join(this.staging, d);
          unlinkSync(file);
          this.links.delete(file);
          this.record.linked--;
        }
        return false;
      }
      done.push(rel);
    }
    for (const rel of files) this.note(rel, hashes[rel]!);
    return true;
  }

  /** Add what another thread's reuse recorded (the side-files worker's). */
  merge(other: ReuseRecord): void {
    Object.assign(this.record.hashes, other.hashes);
    Object.assign(this.record.groups, other.groups);
    Object.assign(this.record.keys, other.keys);
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
