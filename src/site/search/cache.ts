// A content-addressed cache of the search index: a build whose records, options and search code
// are all unchanged (a warm rebuild of the same documents) reuses the files of the last build
// instead of analysing every answer again. The key hashes every input in full (or, in a build
// from documents, a key of the records made from their documents' hashes: side-keys.ts), so a
// hit can only return what a fresh build would compute.
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
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

/**
 * An entry is lines: `{"manifest":..., "files": count}`, then `[name, json]` per file. Read and
 * written a line at a time, so the index is never one string (at 50,000 plans, hundreds of MB).
 */
export async function readCachedSearch(cacheDir: string, key: string): Promise<SearchFiles | null> {
  const input = createReadStream(join(folder(cacheDir), `${key}${suffix}`), 'utf8');
  const files = new Map<string, string>();
  let head: { manifest: SearchManifest; files: number } | null = null;
  try {
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      if (head === null) {
        head = (JSON.parse(line) ?? {}) as { manifest: SearchManifest; files: number };
      } else {
        const [name, json] = JSON.parse(line) as unknown[];
        if (typeof name !== 'string' || typeof json !== 'string') return null;
        files.set(name, json);
      }
    }
  } catch {
    return null; // missing, or damaged: a miss, and the build writes a fresh entry
  } finally {
    input.destroy();
  }
  // A cut-off entry is a miss too.
  const manifest = head?.manifest;
  if (typeof manifest !== 'object' || manifest === null || head?.files !== files.size) return null;
  return { manifest, files };
}

async function writeLines(path: string, lines: Iterable<string>): Promise<void> {
  const out = createWriteStream(path, 'utf8');
  try {
    for (const line of lines) if (!out.write(`${line}\n`)) await once(out, 'drain');
  } finally {
    out.end();
    await finished(out);
  }
}

/** Keep only the newest entry: a cache of every past build would only grow. */
export async function writeCachedSearch(
  cacheDir: string,
  key: string,
  data: SearchFiles,
): Promise<void> {
  const dir = folder(cacheDir);
  await mkdir(dir, { recursive: true });
  const target = join(dir, `${key}${suffix}`);
  const temporary = `${target}.${process.pid}.tmp`;
  function* lines(): Generator<string> {
    yield JSON.stringify({ manifest: data.manifest, files: data.files.size });
    for (const entry of data.files) yield JSON.stringify(entry);
  }
  await writeLines(temporary, lines());
  await rename(temporary, target);
  for (const name of await readdir(dir)) {
    if (name !== `${key}${suffix}` && entryName.test(name))
      await rm(join(dir, name), { force: true });
  }
}
