// A manifest copied to the side worker (structured clone) comes back with plain objects; the
// worker gives its maps null prototypes again, since their keys are paths made of slugs.
import { describe, expect, test } from 'vitest';
import { nullPrototypes, type Manifest } from '../../src/output/manifest.ts';

const manifest: Manifest = {
  format: 1,
  generator: 'plan-archive',
  folders: [],
  files: ['index.html'],
  hashes: Object.assign(Object.create(null) as Record<string, string>, { 'index.html': 'h' }),
  groups: Object.create(null) as NonNullable<Manifest['groups']>,
  keys: Object.create(null) as Record<string, string>,
};

describe('a manifest copied from another thread', () => {
  test('answers nothing for a path named like an object method, and keeps its entries', () => {
    const copy = structuredClone(manifest);
    expect(copy.hashes!['constructor']).toBeDefined();
    const revived = nullPrototypes(copy);
    expect(revived.hashes!['constructor']).toBeUndefined();
    expect(revived.keys!['toString']).toBeUndefined();
    expect(revived.hashes!['index.html']).toBe('h');
  });
});
