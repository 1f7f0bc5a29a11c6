import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { read, root } from './markdown.ts';

/** The packages named in the first column of the README's dependency tables. */
function explained(): string[] {
  const readme = read('README.md');
  const section = readme.slice(readme.indexOf('## Dependencies, and why each is there'));
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...(line.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
}

test('the README says why each dependency in package.json is there, and names no other', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  const installed = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)];
  const named = explained();
  const covered = (name: string): boolean =>
    named.includes(name) || (name.startsWith('@types/') && named.includes('@types/*'));
  expect(installed.filter((name) => !covered(name))).toEqual([]);
  const extra = named.filter((name) => name !== '@types/*' && !installed.includes(name));
  expect(extra).toEqual([]);
});
