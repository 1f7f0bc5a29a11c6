// A version of a piece of code for cache keys: a hash of the source files an entry module reaches
// through relative imports, plus the dependency lock. Any edit to that code, or any dependency
// change, gives a new version, so no cache outlives the code that filled it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const lockFile = fileURLToPath(new URL('../package-lock.json', import.meta.url));

/** Every local source file `file` imports, itself included, following relative imports. */
function localSources(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(/\bfrom\s+'(\.{1,2}\/[^']+)'/g)) {
    localSources(resolve(dirname(file), match[1] as string), seen);
  }
  return seen;
}

const versions = new Map<string, string>();

/** The version of the code reachable from `entry` (an absolute path), computed once per process. */
export function codeVersion(entry: string): string {
  const known = versions.get(entry);
  if (known) return known;
  const hash = createHash('sha256');
  for (const file of [...localSources(entry)].sort()) {
    hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  }
  try {
    hash.update(readFileSync(lockFile));
  } catch {
    // No lock file outside a clone; the sources alone key the cache.
  }
  const version = hash.digest('hex');
  versions.set(entry, version);
  return version;
}
