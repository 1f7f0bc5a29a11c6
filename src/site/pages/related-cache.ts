// Related plans depend only on a few fields of the published records (related.ts:
// relatedInputs) and the facets, yet ranking them is among the costliest steps of a build. A
// build keeps the last ranking in its cache folder, keyed by a hash of those fields, the facets
// and the ranking's code, and reuses it while none of them changes: after an answer was edited
// too.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeVersion } from '../../code-version.ts';
import { saveOnlyEntry } from '../cache-entry.ts';
import type { FacetConfig } from '../config.ts';

const rankingCode = fileURLToPath(new URL('./related.ts', import.meta.url));

export function relatedCacheKey(inputs: string, facets: readonly FacetConfig[]): string {
  return createHash('sha256')
    .update(codeVersion(rankingCode))
    .update('\0')
    .update(inputs)
    .update('\0')
    .update(JSON.stringify(facets))
    .digest('hex')
    .slice(0, 32);
}

/** The cached ranking when `key` finds one, else `compute`'s, saved as the only entry. */
export function cachedRelated(
  cacheDir: string,
  key: string,
  compute: () => number[][],
): number[][] {
  const dir = join(cacheDir, 'related');
  const file = join(dir, `${key}.json`);
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    if (Array.isArray(saved)) return saved as number[][];
  } catch {
    // No entry, or a damaged one: ranked afresh below.
  }
  const ranked = compute();
  saveOnlyEntry(dir, key, JSON.stringify(ranked));
  return ranked;
}
