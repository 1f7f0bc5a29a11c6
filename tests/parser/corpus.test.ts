// The whole shared corpus: every file yields a record, and no tag line is lost.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadFolder, type LoadResult } from '../../src/load/folder.ts';
import { LearningPlan } from '../../src/record/schema.ts';
import { corpusDir, hasCorpus } from '../helpers/corpus.ts';

/** Counts by a plain reading of the lines, independent of the parser. */
function lineCounts(source: string): Record<string, number> {
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  const count = (key: string): number =>
    new Set(lines.filter((l) => l.startsWith(`[[${key}:`))).size;
  const pairs = new Set<string>();
  lines.forEach((line, i) => {
    if (line.startsWith('[[latlng:') && lines[i - 1]?.startsWith('[[country:'))
      pairs.add(`${lines[i - 1]}${line}`);
  });
  return {
    methods: count('methods'),
    datasources: count('datasources'),
    sdgs: count('sdgs'),
    locations: pairs.size,
  };
}

describe.skipIf(!hasCorpus)('the shared corpus', () => {
  let result: LoadResult;

  test('loads without an exception, one record per file', { timeout: 600_000 }, async () => {
    result = await loadFolder(corpusDir, { cacheDir: '.cache/parse' });
    expect(result.documents).toBeGreaterThan(6000);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.records).toHaveLength(result.documents);
  });

  test('gives records that all satisfy the schema', () => {
    const invalid = result.records
      .filter((r) => !LearningPlan.safeParse(r).success)
      .map((r) => r.id);
    expect(invalid).toEqual([]);
  });

  test('gives unique, non-empty slugs', () => {
    const slugs = result.records.map((r) => r.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs.filter((s) => s === '')).toEqual([]);
  });

  test('keeps every methods, datasources, sdgs and location line', () => {
    const wrong: string[] = [];
    for (const record of result.records) {
      const expected = lineCounts(readFileSync(record.sourcePath, 'utf8'));
      const actual = {
        methods: new Set(record.methods.map((m) => m.value)).size,
        datasources: record.datasources.length,
        sdgs: record.sdgs.length,
        locations: record.locations.length,
      };
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        wrong.push(`${record.id}: ${JSON.stringify(actual)} != ${JSON.stringify(expected)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('maps nearly every learning-plan question onto a stable field', () => {
    let total = 0;
    let mapped = 0;
    for (const record of result.records.filter((r) => r.type === 'learningplan')) {
      for (const section of record.sections) {
        for (const entry of section.items) {
          for (const item of entry.kind === 'group' ? entry.items : [entry]) {
            if (item.question === '') continue;
            total++;
            if (item.field) mapped++;
          }
        }
      }
    }
    expect(mapped / total).toBeGreaterThan(0.999);
  });
});
