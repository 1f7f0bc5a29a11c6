// A large archive's pages are rendered by several Eleventy instances in turn, a bounded number
// of paginated pages each (src/eleventy/pages.ts): the site they write must be the one a single
// instance writes, byte for byte, with each page written once.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { templatesDir } from '../../src/eleventy/config.ts';
import { archiveParts, writeArchivePages, type ArchiveData } from '../../src/eleventy/pages.ts';
import { loadFolder } from '../../src/load/folder.ts';
import { listTree } from '../../src/output/manifest.ts';
import { resolveConfig } from '../../src/site/config.ts';
import { buildSiteModel, publishedPlans, type SiteModel } from '../../src/site/pages/model.ts';
import { contentDir } from './site-build.ts';

let root: string;
let model: SiteModel;
let archive: ArchiveData;
const written = { whole: 0, parts: 0 };

const paginated = (a: ArchiveData): number =>
  a.plans.length + a.values.length + a.browse.length + a.valueThemes.length;

beforeAll(async () => {
  // One day for every build: the footer prints the build's day.
  vi.stubEnv('SOURCE_DATE_EPOCH', '1764979200');
  root = await mkdtemp(join(tmpdir(), 'plan-archive-chunks-'));
  const { records } = await loadFolder(contentDir);
  model = buildSiteModel(publishedPlans(records), resolveConfig({}, 'test'));
  const { plans, browse, values, valueThemes, home, about, paths, sitemaps } = model;
  archive = { plans, browse, values, valueThemes, home, about, paths, sitemaps };
  const data = { site: model.site, archive };
  written.whole = await writeArchivePages(templatesDir, join(root, 'whole'), data);
  written.parts = await writeArchivePages(templatesDir, join(root, 'parts'), data, undefined, 4);
}, 120_000);

afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(root, { recursive: true, force: true });
});

describe('pages rendered in parts', () => {
  test('the fixture has more pages than one part holds, so several instances render it', () => {
    expect(archiveParts(archive, 4).length).toBeGreaterThan(2);
  });

  test('every part holds at most the given number of paginated pages', () => {
    for (const part of archiveParts(archive, 4)) expect(paginated(part)).toBeLessThanOrEqual(4);
  });

  test('the parts together hold every page of each kind once, in order', () => {
    const parts = archiveParts(archive, 4);
    const urls = (views: { url: string }[]): string[] => views.map((v) => v.url);
    for (const kind of ['plans', 'values', 'browse', 'valueThemes'] as const)
      expect(parts.flatMap((p) => urls(p[kind]))).toEqual(urls(archive[kind]));
  });

  test('only the first part prints the sitemaps', () => {
    const [first, ...others] = archiveParts(archive, 4);
    expect(first!.sitemaps).toBe(archive.sitemaps);
    for (const part of others) expect(part.sitemaps.files).toEqual([]);
  });

  test('an archive within one part is rendered by one instance', () => {
    expect(archiveParts(archive, paginated(archive))).toHaveLength(1);
  });

  test('the site written in parts has the same files as the one written whole', () => {
    expect(listTree(join(root, 'parts')).files).toEqual(listTree(join(root, 'whole')).files);
  });

  test('every file written in parts has the bytes of the one written whole', async () => {
    const files = listTree(join(root, 'whole')).files;
    for (const file of files)
      expect(await readFile(join(root, 'parts', file), 'utf8'), file).toBe(
        await readFile(join(root, 'whole', file), 'utf8'),
      );
  });

  test('the parts report as many HTML pages written as the whole', () => {
    expect(written.parts).toBe(written.whole);
    expect(written.whole).toBeGreaterThan(paginated(archive));
  });
});
