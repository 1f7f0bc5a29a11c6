// A content-addressed cache of the search index: a build whose records, options and search code
// are all unchanged (a warm rebuild of the same documents) reuses the files of the last build
// instead of analysing every answer again. The key hashes every input in full (or, in a build
// from documents, a key of the records made from their documents' hashes: side-keys.ts), so a
// hit can only return what a fresh build would compute.
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
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

export async function readCachedSearch(cacheDir: string, key: string): Promise<SearchFiles | null> {
  let text: string;
  try {
    text = await readFile(join(folder(cacheDir), `${key}.json`), 'utf8');
  } catch {
    return null;
  }
  try {
    const saved = JSON.parse(text) as { manifest: SearchManifest; files: [string, string][] };
    return { manifest: saved.manifest, files: new Map(saved.files) };
  } catch {
    return null; // a damaged entry is a miss; the build writes a fresh one
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
  const target = join(dir, `${key}.json`);
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify({ manifest: data.manifest, files: [...data.files] }));
  await rename(temporary, target);
  for (const name of await readdir(dir)) {
    if (name !== `${key}.json` && /^[0-9a-f]{32}\.json$/.test(name)) {
      await rm(join(dir, name), { force: true });
    }
  }
}
