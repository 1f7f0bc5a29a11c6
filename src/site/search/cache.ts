// A content-addressed cache of the search index: a build whose records, options and search code
// are all unchanged (a warm rebuild of the same documents) reuses the files of the last build
// instead of analysing every answer again. The key hashes every input in full (or, in a build
// from documents, a key of the records made from their documents' hashes: side-keys.ts), so a
// hit can only return what a fresh build would compute.
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LearningPlan } from '../../record/schema.ts';
import { codeVersion } from '../../code-version.ts';
import type { SearchManifest } from '../../common/search-format.ts';

export interface SearchFiles {
  manifest: SearchManifest;
  files: Map<string, string>;
}

const entry = fileURLToPath(new URL('./build.ts', import.meta.url));

/** A hash of the search code (build.ts and everything it imports) and the dependency lock. */
function searchCodeVersion(): string {
  return codeVersion(entry);
}

/**
 * The cache key of a search build: the code, the options and every record in full, or the
 * records' key when the build has one.
 */
export function searchCacheKey(records: readonly LearningPlan[] | string, options: object): string {
  const hash = createHash('sha256');
  hash.update(searchCodeVersion()).update('\0').update(JSON.stringify(options)).update('\0');
  if (typeof records === 'string') hash.update('records ').update(records);
  else for (const record of records) hash.update(JSON.stringify(record)).update('\n');
  return hash.digest('hex').slice(0, 32);
}

function folder(cacheDir: string): string {
  return join(cacheDir, 'search');
}

const suffix = '.ndjson';
const entryName = /^[0-9a-f]{32}\.(?:nd)?json$/;

interface Head {
  manifest: SearchManifest;
  files: number;
}

/**
 * An entry is lines: `[name, json]` per file, then `{"manifest":..., "files": count}`. Written as
 * the build makes the files and read a line at a time, so a cold build never holds the whole
 * index (at 50,000 plans, hundreds of MB) and never makes it one string.
 */
async function* entryLines(path: string): AsyncGenerator<unknown> {
  const input = createReadStream(path, 'utf8');
  try {
    for await (const line of createInterface({ input, crlfDelay: Infinity }))
      yield JSON.parse(line);
  } finally {
    input.destroy();
  }
}

export async function readCachedSearch(cacheDir: string, key: string): Promise<SearchFiles | null> {
  const files = new Map<string, string>();
  let head: Head | null = null;
  try {
    for await (const value of entryLines(join(folder(cacheDir), `${key}${suffix}`))) {
      if (head !== null) return null; // nothing comes after the head
      if (Array.isArray(value)) {
        const [name, json] = value as unknown[];
        if (typeof name !== 'string' || typeof json !== 'string') return null;
        files.set(name, json);
      } else head = value as Head;
    }
  } catch {
    return null; // missing, or damaged: a miss, and the build writes a fresh entry
  }
  // A cut-off entry is a miss too.
  const manifest = head?.manifest;
  if (typeof manifest !== 'object' || manifest === null || head?.files !== files.size) return null;
  return { manifest, files };
}

/** Lines are written in blocks of about this many characters. */
const blockSize = 1 << 20;

/**
 * A new entry, written as the build hands it each file: the build is synchronous, so the lines
 * go out with synchronous writes, in blocks. Once closed, its files are read back from disk to
 * be published, and `keep` makes it the cache's entry.
 */
export class SearchCacheEntry {
  private readonly dir: string;
  private readonly temporary: string;
  private readonly fd: number;
  private block: string[] = [];
  private size = 0;
  private count = 0;
  private open = true;

  constructor(
    cacheDir: string,
    private readonly key: string,
  ) {
    this.dir = folder(cacheDir);
    mkdirSync(this.dir, { recursive: true });
    this.temporary = join(this.dir, `${key}${suffix}.${process.pid}.tmp`);
    this.fd = openSync(this.temporary, 'w');
  }

  readonly add = (name: string, json: string): void => {
    this.line(JSON.stringify([name, json]));
    this.count += 1;
  };

  private line(text: string): void {
    this.block.push(text, '\n');
    this.size += text.length + 1;
    if (this.size >= blockSize) this.flush();
  }

  private flush(): void {
    if (this.block.length > 0) writeSync(this.fd, this.block.join(''));
    this.block = [];
    this.size = 0;
  }

  /** Write the head after the files and close the file. */
  close(manifest: SearchManifest): void {
    this.line(JSON.stringify({ manifest, files: this.count } satisfies Head));
    this.flush();
    this.open = false;
    closeSync(this.fd);
  }

  /** The build or the writing of its files failed: no entry. */
  abandon(): void {
    if (this.open) closeSync(this.fd);
    this.open = false;
    rmSync(this.temporary, { force: true });
  }

  /** The files, read back a line at a time (after `close`). */
  async *files(): AsyncGenerator<[string, string]> {
    for await (const value of entryLines(this.temporary)) {
      if (Array.isArray(value)) yield value as [string, string];
    }
  }

  /** Keep only the newest entry: a cache of every past build would only grow. */
  async keep(): Promise<void> {
    await rename(this.temporary, join(this.dir, `${this.key}${suffix}`));
    for (const name of await readdir(this.dir)) {
      if (name !== `${this.key}${suffix}` && entryName.test(name)) {
        await rm(join(this.dir, name), { force: true });
      }
    }
  }
}
