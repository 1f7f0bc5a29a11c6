// Fixture tests: one folder per edge case of format.md §6 and per kind of bad input. Each folder
// holds a hand-written input, the fragment of the parse result the case is about
// (expected.json) and one sentence naming the behaviour (case.txt, the test name).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseDocument } from '../src/load/document.ts';
import { loadFolder } from '../src/load/folder.ts';
import type { Diagnostic, LearningPlan } from '../src/record/schema.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const fixturesDir = fileURLToPath(new URL('./fixtures/', import.meta.url));
const contentDir = fileURLToPath(new URL('../content/', import.meta.url));

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
}

/**
 * Where `actual` fails to contain `expected`: objects match on the keys given (recursively),
 * arrays element by element with the same length, `{"$contains": [...]}` when every listed
 * element matches some element of the array. Returns readable paths, so a failure says where.
 */
function mismatches(actual: unknown, expected: Json, at = '$'): string[] {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${at}: expected an array, got ${show(actual)}`];
    if (actual.length !== expected.length) {
      return [`${at}: expected ${expected.length} elements, got ${actual.length}: ${show(actual)}`];
    }
    return expected.flatMap((element, i) => mismatches(actual[i], element, `${at}[${i}]`));
  }
  if (isObject(expected)) {
    const wanted = expected['$contains'];
    if (wanted !== undefined) {
      if (!Array.isArray(wanted)) throw new Error(`${at}: $contains must list elements`);
      if (!Array.isArray(actual)) return [`${at}: expected an array, got ${show(actual)}`];
      return wanted.flatMap((element, i) =>
        actual.some((candidate) => mismatches(candidate, element).length === 0)
          ? []
          : [`${at}: no element matches $contains[${i}] ${show(element)}; got ${show(actual)}`],
      );
    }
    if (!isObject(actual)) return [`${at}: expected an object, got ${show(actual)}`];
    return Object.entries(expected).flatMap(([key, value]) =>
      key in actual
        ? mismatches(actual[key], value, `${at}.${key}`)
        : [`${at}.${key}: missing (expected ${show(value)})`],
    );
  }
  return actual === expected ? [] : [`${at}: expected ${show(expected)}, got ${show(actual)}`];
}

/** What expected.json is matched against: the record's fields plus every diagnostic. */
function subject(record: LearningPlan | null, diagnostics: Diagnostic[]): Record<string, unknown> {
  return record === null ? { record: null, diagnostics } : { ...record, diagnostics };
}

/** Parses the folder's input.md, or loads its input/ folder (the dotfile case needs the loader). */
async function parseFixture(dir: string): Promise<Record<string, unknown>> {
  const file = join(dir, 'input.md');
  if (existsSync(file)) {
    const { record, diagnostics } = parseDocument(file, readFileSync(file));
    return subject(record, diagnostics);
  }
  const folder = join(dir, 'input');
  const loaded = await loadFolder(folder, { workers: 1 });
  const files = readdirSync(folder);
  if (loaded.records.length !== files.length) {
    return { loaderFoundRecords: loaded.records.length, filesInFolder: files.length };
  }
  return subject(loaded.records[0] ?? null, loaded.diagnostics);
}

const cases = readdirSync(fixturesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('the subset matcher used by the fixtures', () => {
  test('reports a difference inside an array element with its path', () => {
    expect(mismatches({ a: [{ b: 1 }, { b: 2 }] }, { a: [{ b: 1 }, { b: 3 }] })).toEqual([
      '$.a[1].b: expected 3, got 2',
    ]);
  });

  test('fails $contains when no element matches and passes when one does', () => {
    expect(mismatches([{ code: 'x' }], { $contains: [{ code: 'y' }] })).toHaveLength(1);
    expect(
      mismatches([{ code: 'x', line: 2 }, { code: 'y' }], { $contains: [{ code: 'y' }] }),
    ).toEqual([]);
  });
});

describe('format.md edge cases and bad input', () => {
  test('every fixture folder has an input, an expected fragment and a case name', () => {
    const incomplete = cases.filter(
      (name) =>
        !existsSync(join(fixturesDir, name, 'case.txt')) ||
        !existsSync(join(fixturesDir, name, 'expected.json')) ||
        !(
          existsSync(join(fixturesDir, name, 'input.md')) ||
          existsSync(join(fixturesDir, name, 'input'))
        ),
    );
    expect(incomplete).toEqual([]);
  });

  for (const name of cases) {
    const dir = join(fixturesDir, name);
    const caseFile = join(dir, 'case.txt');
    const title = existsSync(caseFile) ? readFileSync(caseFile, 'utf8').trim() : '(no case.txt)';
    test(`${name}: ${title}`, async () => {
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Json;
      const actual = await parseFixture(dir);
      expect(mismatches(actual, expected)).toEqual([]);
      // Content is untrusted: whatever the case, no sanitised answer may keep a script hook.
      const html = JSON.stringify(actual['sections'] ?? []);
      expect(html).not.toMatch(/<script|\son[a-z]+=|javascript:/i);
    });
  }
});

describe('the sample archive in content/', () => {
  test('every document in content/ yields a record and no error diagnostic', async () => {
    const files = readdirSync(contentDir).filter((file) => file.endsWith('.md'));
    expect(files.length).toBeGreaterThan(10);
    const loaded = await loadFolder(contentDir, { workers: 1 });
    expect(loaded.documents).toBe(files.length);
    expect(loaded.records).toHaveLength(files.length);
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
