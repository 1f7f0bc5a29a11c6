// The whole shared corpus builds, every record gets its page, and the browse pages count what
// the records say. Skipped (with a message) where ../shared/corpus/sdg-commons is absent.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'tinyglobby';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildSummary } from '../../src/build.ts';
import { loadFolder, type LoadResult } from '../../src/load/folder.ts';
import { defaultFacets } from '../../src/site/config.ts';
import { facetValues } from '../../src/site/facets/values.ts';
import { loadDocument } from './inspect.ts';

const corpus = resolve(
  fileURLToPath(new URL('../../', import.meta.url)),
  '../shared/corpus/sdg-commons',
);
const present = existsSync(corpus);
if (!present) console.warn(`Skipping the corpus tests: ${corpus} is absent.`);

/** Every `name@domain.tld` (or `%40`) in a text, found without the detectors under test. */
function addressesIn(text: string): string[] {
  const out: string[] = [];
  for (const sign of ['@', '%40']) {
    for (let at = text.indexOf(sign); at !== -1; at = text.indexOf(sign, at + 1)) {
      const before = /(?<![\w.+-])[\w.+-]+$/.exec(text.slice(Math.max(0, at - 64), at));
      const after = /^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/i.exec(text.slice(at + sign.length, at + 256));
      if (before && after) out.push(`${before[0]}${sign}${after[0]}`);
    }
  }
  return out;
}

describe.skipIf(!present)('a build of the whole corpus', () => {
  let root: string;
  let output: string;
  let summary: BuildSummary;
  let loaded: LoadResult;

  beforeAll(async () => {
    // Outside the repository: the corpus is not copied into the project, not even as output.
    root = await mkdtemp(join(tmpdir(), 'plan-archive-corpus-'));
    output = join(root, 'site');
    summary = await buildSite({
      input: corpus,
      output,
      cacheDir: join(root, 'cache'),
      quiet: true,
    });
    loaded = await loadFolder(corpus, { cacheDir: join(root, 'cache') });
  });

  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('reads every document into a record or an error diagnostic', () => {
    expect(summary.records + summary.diagnostics.error).toBeGreaterThanOrEqual(summary.documents);
  });

  it('writes a page for every published record', () => {
    const missing = loaded.records
      .filter((r) => !r.draft && !existsSync(join(output, 'plans', r.slug, 'index.html')))
      .map((r) => r.slug);
    expect(missing).toEqual([]);
  });

  for (const facet of defaultFacets.filter((f) => f.name !== 'sdg')) {
    it(`shows ${facet.path} counts equal to the counts computed from the records`, async () => {
      const doc = await loadDocument(output, `${facet.path}/index.html`);
      // A long list shows its most used values twice: count the complete A-Z list.
      const list = doc.querySelector('#a-z-list') ? '#a-z-list .count-list a' : '.count-list a';
      const shown = [...doc.querySelectorAll(list)]
        .map((a) => Number(a.nextElementSibling?.textContent?.replace(/,/g, '')))
        .sort((a, b) => a - b);
      const counts = new Map<string, number>();
      for (const plan of loaded.records.filter((r) => !r.draft)) {
        for (const v of facetValues(plan, facet.name))
          counts.set(v.key, (counts.get(v.key) ?? 0) + 1);
      }
      expect(shown).toEqual([...counts.values()].sort((a, b) => a - b));
    });
  }

  it('shows SDG counts equal to the counts computed from the records', async () => {
    const doc = await loadDocument(output, 'sdgs/index.html');
    const shown = [...doc.querySelectorAll('.sdg-tile')].map((t) =>
      Number(t.querySelector('.sdg-count')?.textContent?.replace(/[^0-9]/g, '')),
    );
    const counts = Array.from({ length: 17 }, () => 0);
    for (const plan of loaded.records.filter((r) => !r.draft)) {
      for (const v of facetValues(plan, 'sdg')) counts[Number(v.key) - 1]!++;
    }
    expect(shown).toEqual(counts);
  });

  it('publishes no e-mail address in any file under the default policy', async () => {
    // The documents give addresses this check sees, so it can fail.
    expect(addressesIn(JSON.stringify(loaded.records.slice(0, 10))).length).toBeGreaterThan(0);
    const found: string[] = [];
    for (const file of await glob('**/*', { cwd: output, dot: true })) {
      for (const a of addressesIn(await readFile(join(output, file), 'utf8'))) {
        found.push(`${file}: ${a}`);
      }
    }
    expect(found).toEqual([]);
  });
});
