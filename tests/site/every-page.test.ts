// Integration: what every page carries (favicon, footer, build date), the About page, and
// headings in order on each page type, over a site built from content/ and the attack documents.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles, loadDocument } from './inspect.ts';
import { buildTestSite, type BuiltSite } from './site-build.ts';

const prefix = '/archive/';
// 2024-03-05T12:00:00Z: the build must show this day, not today's.
const epoch = '1709640000';
let site: BuiltSite;
let configured: BuiltSite;
let pages: string[];

beforeAll(async () => {
  const before = process.env.SOURCE_DATE_EPOCH;
  process.env.SOURCE_DATE_EPOCH = epoch;
  try {
    site = await buildTestSite('every-page', { pathPrefix: prefix });
    configured = await buildTestSite(
      'about-configured',
      {
        about: {
          source: 'Hand-written test plans.',
          licence: 'CC BY 4.0',
          licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
        },
      },
      { dirs: [], files: { 'one.md': '# A plan about bicycles\n\n## Question\n\nAn answer.\n' } },
    );
  } finally {
    if (before === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = before;
  }
  pages = await htmlFiles(site.output);
}, 120_000);

afterAll(async () => {
  await site?.remove();
  await configured?.remove();
});

const about = (s: BuiltSite): Promise<Document> => loadDocument(s.output, 'about/index.html');

describe('every page', () => {
  it('has a favicon.ico at the site root that is an ICO file', async () => {
    const bytes = await readFile(join(site.output, 'favicon.ico'));
    // ICONDIR: reserved 0, type 1 (icon), at least one image.
    expect([bytes.readUInt16LE(0), bytes.readUInt16LE(2), bytes.readUInt16LE(4)]).toEqual([
      0, 1, 1,
    ]);
  });

  it('links the SVG and ICO favicons under the path prefix', async () => {
    expect(existsSync(join(site.output, 'favicon.svg'))).toBe(true);
    for (const file of pages) {
      const doc = await loadDocument(site.output, file);
      const icons = [...doc.querySelectorAll('link[rel="icon"]')].map((l) =>
        l.getAttribute('href'),
      );
      expect(icons, file).toEqual([`${prefix}favicon.ico`, `${prefix}favicon.svg`]);
    }
  });

  it('links the About page from the footer', async () => {
    for (const file of pages) {
      const doc = await loadDocument(site.output, file);
      const links = [...doc.querySelectorAll('footer a')].map((a) => a.getAttribute('href'));
      expect(links, file).toContain(`${prefix}about/`);
    }
  });

  it('shows the build day from SOURCE_DATE_EPOCH in the footer', async () => {
    for (const file of pages) {
      const doc = await loadDocument(site.output, file);
      const time = doc.querySelector('footer time');
      expect(time?.getAttribute('datetime'), file).toBe('2024-03-05');
      expect(time?.textContent, file).toBe('2024-03-05');
    }
  });

  it('has headings that never skip a level and start with one h1', async () => {
    const types = new Set<string>();
    for (const file of pages) {
      const doc = await loadDocument(site.output, file);
      const levels = [...doc.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) =>
        Number(h.tagName[1]),
      );
      expect(levels[0], file).toBe(1);
      expect(
        levels.filter((l) => l === 1),
        file,
      ).toHaveLength(1);
      levels.forEach((level, i) => {
        if (i > 0)
          expect(
            level - levels[i - 1]!,
            `${file}: h${levels[i - 1]} → h${level}`,
          ).toBeLessThanOrEqual(1);
      });
      types.add(file.split('/')[0]!);
    }
    // home, 404, about, search, map, plans, and each browse facet with its value pages.
    expect([...types]).toEqual(
      expect.arrayContaining([
        'index.html',
        '404.html',
        'about',
        'search',
        'map',
        'plans',
        'countries',
      ]),
    );
  });
});

describe('the About page', () => {
  it('counts the plans, their types, countries and years', async () => {
    const text = (await about(site)).querySelector('main')!.textContent!.replace(/\s+/g, ' ');
    const plans = site.loaded.records.filter((r) => !r.draft);
    const years = plans.flatMap((p) => (p.year === null ? [] : [p.year])).sort();
    expect(text).toContain(`holds ${plans.length} plans`);
    expect(text).toContain(`to ${years.at(-1)}`);
    expect(text).toContain(`from ${years[0]}`);
    const experiments = plans.filter((p) => p.type === 'experiment').length;
    expect(text).toContain(`Experiment: ${experiments}`);
  });

  it('says that the source and licence are not stated when the configuration gives none', async () => {
    const text = (await about(site)).querySelector('main')!.textContent!;
    expect(text).toContain('does not state where its documents come from');
    expect(text).toContain('The licence of the documents is not stated');
  });

  it('gives the configured source and licence, linked', async () => {
    const doc = await about(configured);
    expect(doc.querySelector('main')!.textContent).toContain('Hand-written test plans.');
    const link = doc.querySelector('main a[href="https://creativecommons.org/licenses/by/4.0/"]');
    expect(link?.textContent).toBe('CC BY 4.0');
  });

  it('shows how to cite a plan with its title, the archive and its address', async () => {
    const citation = (await about(configured)).querySelector('.citation')!.textContent!;
    expect(citation).toBe(
      'A plan about bicycles. SDG Commons plan archive. http://localhost:8080/plans/one/',
    );
  });

  it('is in the sitemap', async () => {
    const sitemap = await readFile(join(site.output, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>http://localhost:8080${prefix}about/</loc>`);
  });
});
