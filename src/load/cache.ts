// The parse cache: one JSON file per document, keyed by the document's path and bytes and by
// the parser's own source (src/code-version.ts), so any change to either re-parses. Shared by
// `build` and `npm start`.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeVersion } from '../code-version.ts';
import { eachLimited } from '../io/limit.ts';
import type { DocumentResult } from './document.ts';

const documentModule = fileURLToPath(new URL('./document.ts', import.meta.url));

/** The parser's version: a hash of `document.ts`, everything it imports, and the lock file. */
export function parserVersion(): string {
  return codeVersion(documentModule).slice(0, 16);
}

export function cacheKey(filePath: string, bytes: Buffer): string {
  return createHash('sha256').update(filePath).update('\0').update(bytes).digest('hex');
}

const versionFolder = /^[0-9a-f]{16}$/;

export class ParseCache {
  private readonly root: string;
  private readonly dir: string;

  constructor(cacheDir: string) {
    this.root = cacheDir;
    this.dir = path.join(cacheDir, parserVersion());
  }

  /** Removes the entries of other parser versions, which no build can read any more. */
  async pruneOtherVersions(): Promise<void> {
    let names: string[];
    try {
      names = await readdir(this.root);
    } catch {
      return;
    }
    const current = path.basename(this.dir);
    await eachLimited(
      names.filter((name) => versionFolder.test(name) && name !== current),
      (name) => rm(path.join(this.root, name), { recursive: true, force: true }),
    );
  }

  private file(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  get(key: string): DocumentResult | null {
    try {
      return JSON.parse(readFileSync(this.file(key), 'utf8')) as DocumentResult;
    } catch {
      return null;
    }
  }

  async set(key: string, result: DocumentResult): Promise<void> {
    const file = this.file(key);
    await mkdir(path.dirname(file), { recursive: true });
    // Write then rename, so a build reading the cache never sees half a file.
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(result));
    await rename(temp, file);
  }

  /** Store many results, a few files at a time (`ioLimit`), never one open file per document. */
  async setMany(entries: Iterable<{ key: string; result: DocumentResult }>): Promise<void> {
    await eachLimited(entries, ({ key, result }) => this.set(key, result));
  }
}
