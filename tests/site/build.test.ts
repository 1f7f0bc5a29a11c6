// Integration: content/ plus attack documents, built under the /archive/ prefix with the default
// focal-point policy (hide), then read back as a visitor's browser would.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { facetValues } from '../../src/site/facets/values.ts';
import {
  executableContent,
  htmlFiles,
  internalUrls,
  loadDocument,
  resolveInternal,
} from './inspect.ts';
import { buildTestSite, type BuiltSite } from './site-build.ts';
import { validator } from './validator.ts';

const prefix = '/archive/';
let site: BuiltSite;
let pages: string[];

beforeAll(async () => {
  site = await buildTestSite('prefixed', { pathPrefix: prefix, baseUrl: 'https://example.org' });
  pages = await htmlFiles(site.output);
});

afterAll(async () => {
  await site?.remove();
});

const published = (): BuiltSite['loaded']['records'] => site.loaded.records.filter((r) => !r.draft);

describe('a build of content/ and the attack documents under /archive/', () => {
  it('reads every document', () => {
    expect(site.summary.documents).toBeGreaterThanOrEqual(17);
    expect(site.summary.records).toBe(site.loaded.records.length);
  });

  it('copies the static files of public/ as they are to their asset URLs', async () => {
    const copies = [
      ['styles.css', 'assets/styles.css'],
      ['search/search.css', 'assets/search.css'],
    ];
    for (const [file, target] of copies) {
      const copied = await readFile(join(site.output, target as string), 'utf8');
      expect(copied).toBe(await readFile(join('public', file as string), 'utf8'));
    }
  });

  it('writes a page for every published record', () => {
    const missing = published().filter(
      (r) => !existsSync(join(site.output, 'plans', r.slug, 'index.html')),
    );
    expect(missing.map((r) => r.slug)).toEqual([]);
  });

  it('writes the home, browse, 404, sitemap, robots and data files', () => {
    const expected = [
      'index.html',
      '404.html',
      'sitemap.xml',
      'robots.txt',
      'data/plans.json',
      'data/plans.ndjson',
      'data/plans.csv',
      'data/plans.geojson',
      ...['countries', 'methods', 'datasources', 'sdgs', 'themes', 'years', 'types'].map(
        (f) => `${f}/index.html`,
      ),
    ];
    expect(expected.filter((f) => !existsSync(join(site.output, f)))).toEqual([]);
  });

  it('resolves every internal link and source to a built file', async () => {
    const broken: string[] = [];
    for (const file of pages) {
      const doc = await loadDocument(site.output, file);
      for (const url of internalUrls(doc)) {
        if (resolveInternal(site.output, prefix, url) === null) broken.push(`${file}: ${url}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('shows browse counts equal to the counts computed from the records', async () => {
    const doc = await loadDocument(site.output, 'methods/index.html');
    const shown = new Map<string, number>();
    for (const li of doc.querySelectorAll('.count-list li')) {
      const label = li.querySelector('a')?.textContent ?? '';
      shown.set(label, Number(li.querySelector('.count')?.textContent?.replace(/,/g, '')));
    }
    const expected = new Map<string, number>();
    for (const plan of published()) {
      for (const v of facetValues(plan, 'method'))
        expected.set(v.key, (expected.get(v.key) ?? 0) + 1);
    }
    expect([...shown.values()].sort()).toEqual([...expected.values()].sort());
    expect(shown.size).toBe(expected.size);
  });

  it('lists all 17 goals on the SDG page', async () => {
    const doc = await loadDocument(site.output, 'sdgs/index.html');
    expect(doc.querySelectorAll('.sdg-tile')).toHaveLength(17);
  });

  it('says how many countries the country page lists', async () => {
    const doc = await loadDocument(site.output, 'countries/index.html');
    expect(doc.querySelector('.lead')?.textContent).toMatch(
      /^\d+ countr(y|ies)( and \d+ other places?)? across \d+ plans\.$/,
    );
  });

  it("writes SDGs in capitals in the SDG page's sentences", async () => {
    const doc = await loadDocument(site.output, 'sdgs/index.html');
    expect(doc.querySelector('.lead')?.textContent).toMatch(/^17 SDGs across \d+ plans\.$/);
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).toMatch(
      /plans by SDG\.$/,
    );
  });

  it('gives every plan page JSON-LD that parses and names the plan', async () => {
    for (const r of published()) {
      const doc = await loadDocument(site.output, `plans/${r.slug}/index.html`);
      const script = doc.querySelector('script[type="application/ld+json"]');
      const data = JSON.parse(script?.textContent ?? 'null') as { name: string; url: string };
      expect(data.name).toBe(r.fullTitle ?? r.title);
      expect(data.url).toBe(`https://example.org/archive/plans/${r.slug}/`);
    }
  });

  it('publishes no focal point address anywhere under the default policy', async () => {
    const addresses = published()
      .map((r) => r.focalPoint)
      .filter((f): f is string => !!f);
    expect(addresses.length).toBeGreaterThan(0);
    const leaks: string[] = [];
    for (const file of await glob('**/*', { cwd: site.output, dot: true })) {
      const text = await readFile(join(site.output, file), 'utf8');
      for (const a of addresses) if (text.includes(a)) leaks.push(`${file}: ${a}`);
    }
    expect(leaks).toEqual([]);
  });

  it('publishes no folder path of the machine that built it', async () => {
    const leaks: string[] = [];
    for (const file of await glob('**/*', { cwd: site.output, dot: true })) {
      if ((await readFile(join(site.output, file), 'utf8')).includes(site.input)) leaks.push(file);
    }
    expect(leaks).toEqual([]);
  });

  it('lets no document put executable content in any page', async () => {
    const found: string[] = [];
    for (const file of pages) {
      const doc = await loadDocument(site.output, file);
      for (const f of executableContent(doc, prefix)) found.push(`${file}: ${f}`);
    }
    expect(found).toEqual([]);
  });

  it('keeps markup in titles and tag values as text', async () => {
    const record = published().find((r) => r.title.includes('<b>Bold</b>'));
    expect(record).toBeDefined();
    const doc = await loadDocument(site.output, `plans/${record?.slug}/index.html`);
    expect(doc.querySelector('h1')?.textContent).toContain('<b>Bold</b>');
    expect(doc.querySelector('h1 b')).toBeNull();
  });

  it('produces pages that pass the HTML validator', async () => {
    const failures: string[] = [];
    for (const file of pages) {
      const report = await validator.validateString(
        await readFile(join(site.output, file), 'utf8'),
        file,
      );
      for (const result of report.results) {
        for (const m of result.messages)
          failures.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('prefixes every URL in the sitemap with the site URL and path prefix', async () => {
    const xml = await readFile(join(site.output, 'sitemap.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
    expect(locs.every((l) => l.startsWith('https://example.org/archive/'))).toBe(true);
    expect(locs).toContain(`https://example.org/archive/plans/${published()[0]?.slug}/`);
  });
});
