// The render key's base (src/eleventy/page-keys.ts): what every page's key starts from changes
// with anything that changes how pages look, so a rebuild renders them all again.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { templatesDir } from '../../src/eleventy/config.ts';
import { pageFile, renderBase, viewsKey } from '../../src/eleventy/page-keys.ts';
import type { SiteModel } from '../../src/site/pages/model.ts';

const site = { title: 'Archive', builtOn: '2026-12-06' } as unknown as SiteModel['site'];
const folders: string[] = [];

/** A copy of the templates that a test may edit. */
function templates(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-archive-templates-'));
  folders.push(dir);
  cpSync(templatesDir, dir, { recursive: true });
  return dir;
}

afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the render key base', () => {
  test('is the same for the same templates and site data', () => {
    expect(renderBase(site, templates())).toBe(renderBase(site, templates()));
  });

  test('changes when a layout in the templates changes', () => {
    const dir = templates();
    const before = renderBase(site, dir);
    writeFileSync(join(dir, '_includes', 'card.njk'), '<article>{{ card.title }}</article>\n');
    expect(renderBase(site, dir)).not.toBe(before);
  });

  test('changes with the build day the footer prints', () => {
    const dir = templates();
    expect(renderBase({ ...site, builtOn: '2026-12-07' }, dir)).not.toBe(renderBase(site, dir));
  });
});

describe('a page file', () => {
  test('is the index.html of its URL, relative to the output', () => {
    expect(pageFile('/plans/rain-gardens/')).toBe('plans/rain-gardens/index.html');
  });
});

describe("the views' key", () => {
  test('is the same for the same render base, records and published sources', () => {
    expect(viewsKey('base', 'records', [0, 2])).toBe(viewsKey('base', 'records', [0, 2]));
  });

  test('changes when another plan has its source published', () => {
    expect(viewsKey('base', 'records', [0, 1])).not.toBe(viewsKey('base', 'records', [0, 2]));
  });

  test('changes with the records and with the render base', () => {
    const key = viewsKey('base', 'records', []);
    expect(viewsKey('base', 'other records', [])).not.toBe(key);
    expect(viewsKey('other base', 'records', [])).not.toBe(key);
  });

  test('is null for records without hashes, so every view is keyed', () => {
    expect(viewsKey('base', null, [])).toBeNull();
  });
});
