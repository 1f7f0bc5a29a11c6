// The contact policy's first pass, kept in the cache folder by record hash
// (src/site/contact-cache.ts): a rebuild publishes each record as a build without the cache does.
// Every address and number is invented.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseDocument } from '../../src/load/document.ts';
import type { LearningPlan } from '../../src/record/schema.ts';
import { cachedPublicRecords } from '../../src/site/contact-cache.ts';
import { publicRecords } from '../../src/site/contact-policy.ts';
import { folder, removeFolders } from '../helpers/cli.ts';

afterAll(removeFolders);

const document = [
  '# Kiosks run by ana.lis@example.org',
  '',
  '[[focal point: Ana Lis, +254 713 942 780]]',
  '',
  '[[year:2023]]',
  '',
  '## About',
  '',
  '> Who can be reached?',
  '',
  'Call +254 713 942 780 or write to ana.lis@example.org.',
  '',
].join('\n');

function records(): { plans: LearningPlan[]; hashes: Map<LearningPlan, string> } {
  const { record } = parseDocument('kiosks.md', Buffer.from(document));
  if (!record) throw new Error('the document gave no record');
  return { plans: [record], hashes: new Map([[record, 'hash-of-kiosks']]) };
}

describe('the contact policy with the cache folder', () => {
  test('publishes a record seen before as a build without the cache does', () => {
    const cache = folder();
    const first = records();
    cachedPublicRecords(first.plans, 'hide', cache, first.hashes);
    const again = records();
    const cached = cachedPublicRecords(again.plans, 'mask', cache, again.hashes);
    const plain = publicRecords(records().plans, 'mask');
    expect(cached).toEqual(plain);
    const second = cachedPublicRecords(again.plans, 'mask', cache, again.hashes);
    expect(second).toEqual(plain);
  });

  test('looks through a record again when its entry in the cache is damaged', () => {
    const cache = folder();
    const { plans, hashes } = records();
    cachedPublicRecords(plans, 'hide', cache, hashes);
    const dir = join(cache, 'contacts');
    const [file] = readdirSync(dir);
    writeFileSync(join(dir, file!), JSON.stringify({ 'hash-of-kiosks': [{ kind: 'email' }] }));
    const { records: open } = cachedPublicRecords(plans, 'hide', cache, hashes);
    const published = JSON.stringify(open.map((r) => r.plan));
    expect(published).not.toContain('ana.lis@example.org');
    expect(published).not.toContain('942 780');
    expect(open).toEqual(publicRecords(records().plans, 'hide').records);
  });
});
