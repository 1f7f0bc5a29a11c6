// A rebuild whose site is the output it would replace, file for file, leaves the output alone
// (src/output/unchanged.ts); anything else replaces it, and a previous file that disappears
// before it is linked fails the build instead of publishing a site without it.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkOutput } from '../../src/output/guard.ts';
import { contentHash, type Manifest } from '../../src/output/manifest.ts';
import { publishSite } from '../../src/output/publish.ts';
import type { ReuseRecord } from '../../src/output/reuse.ts';
import { sameSite } from '../../src/output/unchanged.ts';
import { folder, removeFolders } from '../helpers/cli.ts';

afterAll(removeFolders);

/** A previous build's manifest of two pages, with their hashes and render keys. */
const before: Manifest = {
  format: 1,
  generator: 'plan-archive',
  folders: ['plans', 'plans/a'],
  files: ['index.html', 'plans/a/index.html'],
  hashes: {
    'index.html': contentHash('<p>home</p>'),
    'plans/a/index.html': contentHash('<p>a</p>'),
  },
  groups: {},
  keys: { 'plans/a/index.html': 'key-a' },
};

/** A staging folder with the home page written, and a record linking plan a's page. */
function staged(home = '<p>home</p>'): { staging: string; record: ReuseRecord } {
  const staging = folder({ 'index.html': home });
  const record: ReuseRecord = {
    hashes: {
      'index.html': contentHash(home),
      'plans/a/index.html': before.hashes!['plans/a/index.html']!,
    },
    groups: {},
    keys: { 'plans/a/index.html': 'key-a' },
    pending: new Set(['plans/a/index.html']),
    moved: {},
    written: 0,
    linked: 1,
  };
  return { staging, record };
}

describe('a site is the same as the previous one', () => {
  test('when its written files and pending links are the previous files with their hashes', () => {
    const { staging, record } = staged();
    expect(sameSite(staging, record, before)).toBe(true);
  });

  test('not when a file it wrote has other bytes', () => {
    const { staging, record } = staged('<p>another home</p>');
    expect(sameSite(staging, record, before)).toBe(false);
  });

  test('not when a file of the previous site is neither written nor linked', () => {
    const { staging, record } = staged();
    record.pending.clear();
    expect(sameSite(staging, record, before)).toBe(false);
  });

  test('not when a file is linked from another path of the previous site', () => {
    const { staging, record } = staged();
    record.moved['plans/a/index.html'] = 'index.html';
    expect(sameSite(staging, record, before)).toBe(false);
  });

  test('not when a render key the next build compares against changed', () => {
    const { staging, record } = staged();
    record.keys['plans/a/index.html'] = 'key-b';
    expect(sameSite(staging, record, before)).toBe(false);
  });

  test('not when it holds a folder the previous site did not', () => {
    const { staging, record } = staged();
    mkdirSync(join(staging, 'empty'));
    expect(sameSite(staging, record, before)).toBe(false);
  });
});

describe('a rebuild', () => {
  /** An output holding a two-page site with its manifest, written by a first publish. */
  async function published(): Promise<string> {
    const output = join(folder(), 'site');
    await publishSite(checkOutput({ output }), async (staging, reuse) => {
      reuse.write(join(staging, 'index.html'), '<p>home</p>');
      reuse.write(join(staging, 'plans/a/index.html'), '<p>a</p>');
    });
    return output;
  }

  test('that writes the same bytes leaves every file of the output in place', async () => {
    const output = await published();
    const inode = statSync(join(output, 'plans/a/index.html')).ino;
    await publishSite(checkOutput({ output }), async (staging, reuse) => {
      reuse.write(join(staging, 'index.html'), '<p>home</p>');
      reuse.write(join(staging, 'plans/a/index.html'), '<p>a</p>');
    });
    expect(statSync(join(output, 'plans/a/index.html')).ino).toBe(inode);
    expect(readdirSync(dirname(output))).toEqual(['site']);
  });

  test('links a file from the previous file that has its bytes under another path', async () => {
    const output = await published();
    const inode = statSync(join(output, 'plans/a/index.html')).ino;
    let written = -1;
    await publishSite(checkOutput({ output }), async (staging, reuse) => {
      reuse.write(join(staging, 'index.html'), '<p>home</p>');
      reuse.write(join(staging, 'plans/b/index.html'), '<p>a</p>');
      written = reuse.result.written;
    });
    expect(written).toBe(0);
    expect(statSync(join(output, 'plans/b/index.html')).ino).toBe(inode);
    expect(readFileSync(join(output, 'plans/b/index.html'), 'utf8')).toBe('<p>a</p>');
  });

  test('fails, and leaves the rest of the previous site, when a file it links is removed meanwhile', async () => {
    const output = await published();
    const failing = publishSite(checkOutput({ output }), async (staging, reuse) => {
      reuse.write(join(staging, 'index.html'), '<p>a new home</p>');
      reuse.write(join(staging, 'plans/a/index.html'), '<p>a</p>');
      rmSync(join(output, 'plans/a/index.html'));
    });
    await expect(failing).rejects.toThrow(/"plans\/a\/index.html" of the output changed/);
    expect(readFileSync(join(output, 'index.html'), 'utf8')).toBe('<p>home</p>');
    expect(readdirSync(dirname(output))).toEqual(['site']);
  });
});
