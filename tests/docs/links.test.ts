import { existsSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchors, docFiles, linkTargets, read, root, slug } from './markdown.ts';

/** Every relative link of every doc, with the file it is written in. */
function relativeLinks(): { from: string; path: string; anchor: string | null }[] {
  return docFiles().flatMap((from) =>
    linkTargets(read(from))
      .filter((target) => !/^[a-z]+:/i.test(target))
      .map((target) => {
        const [file = '', anchor = null] = target.split('#');
        const path = file === '' ? from : normalize(join(dirname(from), file));
        return { from, path, anchor };
      }),
  );
}

describe('links between the docs', () => {
  it('makes anchors as GitHub does', () => {
    expect(slug('Dependencies, and why each is there')).toBe('dependencies-and-why-each-is-there');
    expect(slug('The `[[key:value]]` line')).toBe('the-keyvalue-line');
    expect(slug('Côte d’Ivoire — 2024')).toBe('côte-divoire--2024');
    expect([...anchors('# A\n\n## A\n\n```\n# not a heading\n```\n')]).toEqual(['a', 'a-1']);
  });

  it('links only to files that exist', () => {
    const missing = relativeLinks().filter((link) => !existsSync(join(root, link.path)));
    expect(missing).toEqual([]);
  });

  it('links only to anchors that a heading of the target makes', () => {
    const broken = relativeLinks().filter(
      (link) =>
        link.anchor !== null &&
        (!link.path.endsWith('.md') || !anchors(read(link.path)).has(link.anchor)),
    );
    expect(broken).toEqual([]);
  });

  it('finds the links it checks', () => {
    expect(relativeLinks().some((link) => link.path === 'docs/record.schema.json')).toBe(true);
  });
});
