// Fuzzing the parser: documents mutated from the hand-written fixtures (bytes flipped, lines
// repeated, dropped or swapped, markup and prototype keys inserted) must each give exactly one
// record or an error diagnostic and never throw; `parse-failed` (a parser bug) fails too. The
// seed is fixed, so a failure reproduces; FUZZ_DOCS sets how many documents.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/load/document.ts';
import { LearningPlan } from '../../src/record/schema.ts';

const seed = 0x9e3779b9;
const count = Number(process.env.FUZZ_DOCS) || 3000;

const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));
const fixtures = readdirSync(fixturesDir, { withFileTypes: true })
  .map((entry) => `${fixturesDir}${entry.name}/input.md`)
  .filter((file) => existsSync(file))
  .map((file) => readFileSync(file));

/** mulberry32: a small seeded generator, so every run mutates the same way. */
function generator(state: number): () => number {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const insertions = [
  '[[',
  ']]',
  '>',
  '> ',
  '#',
  '# ',
  '## ',
  '---\n',
  '\r',
  '\r\n',
  '\0',
  '😀',
  '\u200f',
  '&amp;',
  '<div>',
  '</div>',
  '<div class="group">',
  '****',
  '**',
  '- ',
  '1. ',
  '\n\n',
  '[[type:',
  ':',
  '[[constructor:x]]\n',
  '[[__proto__:y]]\n',
  '[[toString:z]]\n',
  '[[valueOf:v]]\n',
  '[[hasOwnProperty:h]]\n',
  '---\n__proto__:\n  title: t\n---\n',
  '[[latlng:91,181]]\n',
  '[[country:constructor]]\n',
  '[[year:20x4]]\n',
  '[[sdgs:0. None]]\n',
  '`',
  '```\n',
];

type Mutation = (bytes: Buffer, random: () => number) => Buffer;

const pick = <T>(list: readonly T[], random: () => number): T =>
  list[Math.floor(random() * list.length)]!;

const lines = (bytes: Buffer): string[] => bytes.toString('latin1').split('\n');
const join = (parts: string[]): Buffer => Buffer.from(parts.join('\n'), 'latin1');

const mutations: Record<string, Mutation> = {
  flipByte(bytes, random) {
    if (bytes.length === 0) return bytes;
    const out = Buffer.from(bytes);
    out[Math.floor(random() * out.length)] = Math.floor(random() * 256);
    return out;
  },
  duplicateLine(bytes, random) {
    const all = lines(bytes);
    const i = Math.floor(random() * all.length);
    all.splice(i, 0, all[i]!);
    return join(all);
  },
  deleteLine(bytes, random) {
    const all = lines(bytes);
    all.splice(Math.floor(random() * all.length), 1);
    return join(all);
  },
  swapLines(bytes, random) {
    const all = lines(bytes);
    const i = Math.floor(random() * all.length);
    const j = Math.floor(random() * all.length);
    [all[i], all[j]] = [all[j]!, all[i]!];
    return join(all);
  },
  insert(bytes, random) {
    const at = Math.floor(random() * (bytes.length + 1));
    const text = Buffer.from(pick(insertions, random));
    return Buffer.concat([bytes.subarray(0, at), text, bytes.subarray(at)]);
  },
  insertAtLineStart(bytes, random) {
    const all = lines(bytes);
    const i = Math.floor(random() * all.length);
    all[i] = Buffer.from(pick(insertions, random)).toString('latin1') + all[i]!;
    return join(all);
  },
};
const mutationNames = Object.keys(mutations);

describe('fuzzing the parser', () => {
  it(`should give one record or an error diagnostic for each of ${count} mutated fixtures (seed ${seed.toString(16)})`, () => {
    const random = generator(seed);
    const failures: string[] = [];
    for (let n = 0; n < count; n++) {
      let bytes: Buffer = pick(fixtures, random);
      const applied: string[] = [];
      const steps = 1 + Math.floor(random() * 4);
      for (let s = 0; s < steps; s++) {
        const name = pick(mutationNames, random);
        applied.push(name);
        bytes = mutations[name]!(bytes, random);
      }
      const label = `document ${n} (${applied.join(', ')})`;
      try {
        const { record, diagnostics } = parseDocument(`fuzz-${n}.md`, bytes);
        const errors = diagnostics.filter((d) => d.severity === 'error');
        if (errors.some((d) => d.code === 'parse-failed'))
          failures.push(`${label}: parse-failed (${errors[0]!.message})`);
        else if ((record === null) === (errors.length === 0))
          failures.push(`${label}: ${record ? 'a record and' : 'no record and no'} error`);
        else if (record && !LearningPlan.safeParse(record).success)
          failures.push(`${label}: the record does not match the schema`);
        else if (diagnostics.some((d) => d.line < 1 || d.column < 1 || d.file !== `fuzz-${n}.md`))
          failures.push(`${label}: a diagnostic without its place`);
      } catch (error) {
        failures.push(`${label}: threw ${String(error)}`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
