// A site with more URLs than one sitemap may hold gets sitemap files of at most `sitemapSize`
// URLs and `sitemap.xml` as their index. Built here with a size of 10 so content/ splits.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sitemaps } from '../../src/site/pages/sitemap.ts';
import { buildTestSite, contentDir, type BuiltSite } from './site-build.ts';
import { htmlFiles } from './inspect.ts';

const size = 10;
let site: BuiltSite;

beforeAll(async () => {
  site = await buildTestSite(
    'sitemaps',
    { sitemapSize: size, baseUrl: 'https://example.org', pathPrefix: '/archive/' },
    { dirs: [contentDir] },
  );
});

afterAll(async () => {
  await site?.remove();
});

const locs = (xml: string): string[] =>
  [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');

async function sitemapFiles(): Promise<string[]> {
  const index = await readFile(join(site.output, 'sitemap.xml'), 'utf8');
  return locs(index).map((url) => url.replace('https://example.org/archive/', ''));
}

describe('a site with more URLs than sitemapSize', () => {
  it('makes sitemap.xml an index of sitemap-1.xml, sitemap-2.xml, ...', async () => {
    const index = await readFile(join(site.output, 'sitemap.xml'), 'utf8');
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    const files = await sitemapFiles();
    expect(files.length).toBeGreaterThan(1);
    expect(files).toEqual(files.map((_, i) => `sitemap-${i + 1}.xml`));
  });

  it('puts at most sitemapSize URLs in each sitemap file', async () => {
    for (const file of await sitemapFiles()) {
      const xml = await readFile(join(site.output, file), 'utf8');
      expect(xml).toContain('<urlset');
      expect(locs(xml).length).toBeLessThanOrEqual(size);
    }
  });

  it('lists every HTML page but the 404 page exactly once across the sitemap files', async () => {
    const listed: string[] = [];
    for (const file of await sitemapFiles())
      listed.push(...locs(await readFile(join(site.output, file), 'utf8')));
    const pages = (await htmlFiles(site.output))
      .filter((page) => page !== '404.html')
      .map((page) => `https://example.org/archive/${page.replace(/index\.html$/, '')}`);
    expect(listed.toSorted()).toEqual(pages.toSorted());
  });

  it('leaves robots.txt naming sitemap.xml, the index', async () => {
    const robots = await readFile(join(site.output, 'robots.txt'), 'utf8');
    expect(robots).toContain('Sitemap: https://example.org/archive/sitemap.xml');
  });
});

describe('the sitemap files for the protocol limit of 50,000 URLs', () => {
  const paths = (n: number): string[] => Array.from({ length: n }, (_, i) => `/plans/p${i}/`);

  it('keeps 50,000 URLs in one sitemap.xml with no index', () => {
    const one = sitemaps(paths(50_000), 50_000);
    expect(one.files.map((f) => [f.url, f.paths.length])).toEqual([['/sitemap.xml', 50_000]]);
    expect(one.index).toEqual([]);
  });

  it('splits 50,001 URLs into files of 50,000 and 1 under an index', () => {
    const two = sitemaps(paths(50_001), 50_000);
    expect(two.files.map((f) => [f.url, f.paths.length])).toEqual([
      ['/sitemap-1.xml', 50_000],
      ['/sitemap-2.xml', 1],
    ]);
    expect(two.index).toEqual([['/sitemap-1.xml', '/sitemap-2.xml']]);
  });
});
