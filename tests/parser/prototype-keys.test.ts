// Tag and front-matter keys that name Object.prototype's members are ordinary keys: each
// round-trips into the record's meta, in-process, through the parse cache and through workers.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFolder } from '../../src/load/folder.ts';
import { LearningPlan } from '../../src/record/schema.ts';
import { parse } from './make-document.ts';
import { protoDocument, protoKeys } from '../helpers/prototype-keys.ts';

function expectMeta(record: LearningPlan | null): void {
  expect(record).not.toBeNull();
  const meta = record!.meta;
  expect(Object.getPrototypeOf(meta)).toBeNull();
  for (const key of protoKeys) {
    expect(Object.hasOwn(meta, key)).toBe(true);
    expect(meta[key]).toContain(`value of ${key}`);
  }
}

describe('prototype keys', () => {
  it('should keep every prototype-named tag key in meta', () => {
    const { record, diagnostics } = parse(protoDocument);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expectMeta(record);
  });

  it('should not let a __proto__ front-matter key set the title', () => {
    expect(parse(protoDocument).record?.title).toBe('Seaweed drying racks');
  });

  it('should keep unknown front-matter keys in meta after the tags of the same key', () => {
    expect(parse(protoDocument).record?.meta.hasOwnProperty).toEqual([
      'value of hasOwnProperty',
      'from the front matter',
    ]);
  });

  it('should pass the schema check with meta still null-prototype', () => {
    const record = parse(protoDocument).record!;
    const checked = LearningPlan.parse(record);
    expect(Object.getPrototypeOf(checked.meta)).toBeNull();
    expect(Object.hasOwn(checked.meta, '__proto__')).toBe(true);
  });

  it('should write meta with a __proto__ key to JSON and read it back', () => {
    const json = JSON.stringify(parse(protoDocument).record!.meta);
    expect(json).toContain('"__proto__":["value of __proto__"');
  });
});

describe('prototype keys after a thread or the cache', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'proto-keys-'));
    await mkdir(join(dir, 'docs'));
    // More documents than the in-process limit, so worker threads parse them.
    for (let i = 0; i < 70; i++) await writeFile(join(dir, 'docs', `plan-${i}.md`), protoDocument);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('should keep every key in records parsed on worker threads', async () => {
    const loaded = await loadFolder(join(dir, 'docs'), { workers: 2 });
    expect(loaded.records).toHaveLength(70);
    for (const record of loaded.records) expectMeta(record);
  });

  it('should keep every key in records read back from the parse cache', async () => {
    const cacheDir = join(dir, 'cache');
    await loadFolder(join(dir, 'docs'), { workers: 1, cacheDir });
    const again = await loadFolder(join(dir, 'docs'), { workers: 1, cacheDir });
    expect(again.records).toHaveLength(70);
    for (const record of again.records) expectMeta(record);
  });
});
