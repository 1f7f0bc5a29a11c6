// Slugs are folder names in the built site: however long a front-matter slug or a file name,
// the build writes every page, under names every file system accepts, and no two plans share one.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { maxSlugBytes } from '../../src/record/slug.ts';
import { cli, folder, goodDocument, removeFolders } from '../helpers/cli.ts';

afterAll(removeFolders);

const withSlug = (slug: string): string => `---\nslug: ${slug}\n---\n${goodDocument}`;

describe('a build of documents with very long names', () => {
  test('writes a page for a 300-character front-matter slug and a file name of 200 "&"', async () => {
    const input = folder({
      'long.md': withSlug('a'.repeat(300)),
      [`${'&'.repeat(200)}.md`]: goodDocument,
    });
    const output = join(folder(), 'site');
    const { code, stderr } = await cli('build', input, '--output', output);
    expect(stderr).not.toContain('ENAMETOOLONG');
    expect(code).toBe(0);
    const slugs = readdirSync(join(output, 'plans'));
    expect(slugs).toHaveLength(2);
    for (const slug of slugs) {
      expect(Buffer.byteLength(slug)).toBeLessThanOrEqual(maxSlugBytes);
      expect(existsSync(join(output, 'plans', slug, 'index.html'))).toBe(true);
    }
  });

  test('keeps two slugs distinct when cutting makes them equal', async () => {
    const long = 'word-'.repeat(60);
    const input = folder({ 'a.md': withSlug(`${long}one`), 'b.md': withSlug(`${long}two`) });
    const { stdout } = await cli('records', input);
    const slugs = stdout
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { slug: string }).slug);
    expect(new Set(slugs).size).toBe(2);
    expect(slugs.every((s) => Buffer.byteLength(s) <= maxSlugBytes + 3)).toBe(true);
  });
});
