// Eleventy keeps each written page's HTML until the build ends; releaseWrittenPages lets it go
// once the page is on disk, so the main thread never holds the whole rendered site.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Eleventy from '@11ty/eleventy';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { releaseWrittenPages } from '../../src/eleventy/release-pages.ts';

let root: string;
let results: { outputPath?: unknown; content?: unknown }[];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'plan-archive-release-'));
  const input = join(root, 'in');
  await mkdir(input);
  await writeFile(
    join(input, 'page.njk'),
    '---\npagination: { data: items, size: 1, alias: item }\nitems: [a, b, c]\npermalink: "/{{ item }}/index.html"\n---\n<p>page {{ item }}</p>\n',
  );
  releaseWrittenPages();
  const eleventy = new Eleventy(input, join(root, 'out'), { configPath: false, quietMode: true });
  eleventy.disableLogger();
  const [, written] = (await eleventy.write()) as [unknown, typeof results];
  results = written;
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

test('a written page is still on disk in full', async () => {
  expect(await readFile(join(root, 'out', 'b', 'index.html'), 'utf8')).toBe('<p>page b</p>\n');
});

test("Eleventy's write results keep each page's path but not its HTML", () => {
  expect(results.map((r) => r.outputPath).toSorted()).toEqual(
    ['a', 'b', 'c'].map((p) => join(root, 'out', p, 'index.html')),
  );
  expect(results.filter((r) => r.content !== undefined)).toEqual([]);
});
