// The contact policy's first pass looks through every text of a record for contact details, and
// a rebuild would look again through thousands of records it has seen. The details found are kept
// in the cache folder by record hash (its document's path and bytes and the parser's version, as
// the parse cache keys it), under the policy's code and setting. The second pass, which withholds
// them wherever they appear, runs on every record in every build.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeVersion } from '../code-version.ts';
import { saveOnlyEntry } from './cache-entry.ts';
import type { LearningPlan } from '../record/schema.ts';
import {
  publicRecords,
  type ContactCounts,
  type ContactPolicy,
  type KnownDetail,
  type PublicRecord,
} from './contact-policy.ts';

const policyCode = fileURLToPath(new URL('./contact-policy.ts', import.meta.url));

type Found = Record<string, KnownDetail[]>;

const isDetail = (d: unknown): d is KnownDetail =>
  typeof d === 'object' &&
  d !== null &&
  ['email', 'phone', 'consent'].includes((d as KnownDetail).kind) &&
  typeof (d as KnownDetail).value === 'string';

/** The saved details, keeping only well-formed entries: a damaged one is looked for afresh. */
function readFound(file: string): Found {
  const found = Object.create(null) as Found;
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    if (typeof saved !== 'object' || saved === null) return found;
    for (const [hash, details] of Object.entries(saved))
      if (Array.isArray(details) && details.every(isDetail)) found[hash] = details;
  } catch {
    // No entry yet, or a damaged one: every record is looked through.
  }
  return found;
}

/**
 * `publicRecords` with the first pass's results of records seen before taken from `cacheDir`.
 * Without a cache folder or record hashes, every record is looked through.
 */
export function cachedPublicRecords(
  plans: LearningPlan[],
  policy: ContactPolicy,
  cacheDir: string | undefined,
  hashes: ReadonlyMap<LearningPlan, string> | undefined,
): { records: PublicRecord[]; counts: ContactCounts } {
  if (cacheDir === undefined || hashes === undefined || policy === 'show')
    return publicRecords(plans, policy);
  const version = createHash('sha256')
    .update(codeVersion(policyCode))
    .update('\0')
    .update(policy)
    .digest('hex')
    .slice(0, 32);
  const dir = join(cacheDir, 'contacts');
  const file = join(dir, `${version}.json`);
  const found = readFound(file);
  const result = publicRecords(plans, policy, (plan) => {
    const hash = hashes.get(plan);
    return hash === undefined ? undefined : found[hash];
  });
  // Saved again only when a record was new to it, with this build's records alone.
  const now = Object.create(null) as Found;
  let missed = false;
  plans.forEach((plan, i) => {
    const hash = hashes.get(plan);
    if (hash === undefined) return;
    if (found[hash] === undefined) missed = true;
    now[hash] = result.records[i]!.details;
  });
  if (missed) saveOnlyEntry(dir, version, JSON.stringify(now));
  return result;
}
