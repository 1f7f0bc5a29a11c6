// Keys of what the side files are made from, built from each record's hash (its document's bytes
// and path and the parser's version, from the parse cache) instead of the records themselves: a
// warm build hashes a few hundred kilobytes of hashes, not every answer of the archive.
import { createHash, type Hash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { codeVersion } from '../../code-version.ts';
import type { LearningPlan } from '../../record/schema.ts';
import type { SiteConfig } from '../config.ts';

const code = (path: string): string => codeVersion(fileURLToPath(new URL(path, import.meta.url)));

/** A hash begun with what decides what a record publishes: the contact policy's code and setting. */
function policyHash(config: SiteConfig): Hash {
  return createHash('sha256')
    .update(code('../contact-policy.ts'))
    .update('\0')
    .update(config.focalPoint)
    .update('\0');
}

/**
 * The published records as the side files see them: each record's hash and final slug (made
 * unique across the folder after parsing), in the site's order, and the contact policy that
 * made them public. Null when a record has no hash (built from records, not documents).
 */
export function recordsKey(
  published: readonly LearningPlan[],
  hashes: ReadonlyMap<LearningPlan, string> | undefined,
  config: SiteConfig,
): string | null {
  if (!hashes) return null;
  const hash = policyHash(config);
  for (const plan of published) {
    const own = hashes.get(plan);
    if (own === undefined) return null;
    hash.update(own).update('\0').update(plan.slug).update('\n');
  }
  return hash.digest('hex').slice(0, 32);
}

/**
 * What a plan's published source is made from: its document (the record's hash covers its bytes
 * and path), the contact policy and its code, and the code that writes it. Null without a hash.
 */
export function sourceKey(recordHash: string | undefined, config: SiteConfig): string | null {
  if (recordHash === undefined) return null;
  return policyHash(config)
    .update(code('./outputs.ts'))
    .update('\0')
    .update(recordHash)
    .digest('hex')
    .slice(0, 32);
}

/**
 * Everything the side files (exports, sources, search index, map data and the bundled clients)
 * are made from: the records' key, the sources published, the configuration and the code of
 * the side-files worker and of both clients. Null when the records have no key.
 */
export function sideFilesKey(
  records: string | null,
  sources: readonly { index: number; file: string }[],
  config: SiteConfig,
): string | null {
  if (records === null) return null;
  const hash = createHash('sha256').update(records).update('\0');
  for (const entry of [
    './side-worker-main.ts',
    '../../client/search/main.ts',
    '../../client/map/main.ts',
    '../../client/map/text-query.ts',
    '../../../public/map/map.css',
  ])
    hash.update(code(entry)).update('\0');
  hash.update(JSON.stringify(config)).update('\0');
  for (const { index, file } of sources) hash.update(`${index}\0${file}\n`);
  return hash.digest('hex').slice(0, 32);
}
