// Integration: the mask policy at the root prefix; masked focal points appear, addresses do not.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskEmail } from '../../src/site/contact-policy.ts';
import { loadDocument } from './inspect.ts';
import { buildTestSite, type BuiltSite } from './site-build.ts';

let site: BuiltSite;

beforeAll(async () => {
  site = await buildTestSite('masked', { focalPoint: 'mask' });
});

afterAll(async () => {
  await site?.remove();
});

const withFocalPoint = (): BuiltSite['loaded']['records'] =>
  site.loaded.records.filter((r) => !r.draft && r.focalPoint);

describe('a build with the mask policy', () => {
  it('shows the masked focal point on the plan page', async () => {
    const record = withFocalPoint()[0];
    const doc = await loadDocument(site.output, `plans/${record?.slug}/index.html`);
    expect(doc.querySelector('.plan-meta')?.textContent).toContain(
      maskEmail(record?.focalPoint ?? ''),
    );
  });

  it('puts the masked focal point in the JSON export', async () => {
    const json = JSON.parse(await readFile(join(site.output, 'data/plans.json'), 'utf8')) as {
      slug: string;
      focalPoint: string;
    }[];
    const record = withFocalPoint()[0];
    expect(json.find((p) => p.slug === record?.slug)?.focalPoint).toBe(
      maskEmail(record?.focalPoint ?? ''),
    );
  });

  it('publishes no full address in any file', async () => {
    const addresses = withFocalPoint().map((r) => r.focalPoint ?? '');
    const leaks: string[] = [];
    for (const file of await glob('**/*', { cwd: site.output, dot: true })) {
      const text = await readFile(join(site.output, file), 'utf8');
      for (const a of addresses) if (text.includes(a)) leaks.push(`${file}: ${a}`);
    }
    expect(leaks).toEqual([]);
  });

  it('links pages from the root when the prefix is /', async () => {
    const doc = await loadDocument(site.output, 'index.html');
    expect(doc.querySelector('link[rel="stylesheet"]')?.getAttribute('href')).toBe(
      '/assets/styles.css',
    );
  });
});
