// The parse cache: one JSON file per document, keyed by the document's path and bytes and by
// the parser's own source, so any change to either re-parses. Shared by `build` and `npm start`.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentResult } from './document.ts';

const srcDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const parserDirs = ['syntax', 'mdast', 'record', 'qa'];
const parserFiles = ['plugin.ts', 'load/document.ts'];

function listParserSources(): string[] {
  const files = parserFiles.map((f) => path.join(srcDir, f));
  for (const dir of parserDirs) {
    for (const name of readdirSync(path.join(srcDir, dir)).sort()) {
      const file = path.join(srcDir, dir, name);
      if (statSync(file).isFile()) files.push(file);
    }
  }
  return files;
}

let version: string | undefined;

/** A hash of the parser's source files and dependency lock, computed once per process. */
export function parserVersion(): string {
  if (version) return version;
  const hash = createHash('sha256');
  for (const file of listParserSources()) hash.update(file).update(readFileSync(file));
  const lock = path.join(srcDir, '..', 'package-lock.json');
  try {
    hash.update(readFileSync(lock));
  } catch {
    // No lock file outside a clone; the sources alone key the cache.
  }
  version = hash.digest('hex').slice(0, 16);
  return version;
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
    await Promise.all(
      names
        .filter((name) => versionFolder.test(name) && name !== current)
        .map((name) => rm(path.join(this.root, name), { recursive: true, force: true })),
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
}
