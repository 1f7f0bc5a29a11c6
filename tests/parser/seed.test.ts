// The seed document (the original example of the archive), asserted field by field.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseDocument } from '../../src/load/document.ts';
import { LearningPlan } from '../../src/record/schema.ts';
import { items } from '../../src/record/summary.ts';

const name = 'closing_form_2022___digital_government_transformation.md';
const file = fileURLToPath(new URL(`../../content/${name}`, import.meta.url));
const { record, diagnostics } = parseDocument(`content/${name}`, readFileSync(file));
const plan = record!;
const all = items(plan.sections);

describe('the seed document', () => {
  test('yields a record that satisfies the schema, with no warning or error', () => {
    expect(LearningPlan.parse(plan)).toBeTruthy();
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  test('notes each answer that only says "NA", at its line', () => {
    const notes = diagnostics.filter((d) => d.code === 'answer-placeholder');
    expect(notes.map((d) => d.line)).toEqual([91, 95, 99, 125]);
    expect(notes.every((d) => d.severity === 'info')).toBe(true);
  });

  test('has its id and slug from the file name', () => {
    expect(plan.id).toBe('closing_form_2022___digital_government_transformation');
    expect(plan.slug).toBe('closing-form-2022-digital-government-transformation');
    expect(plan.sourcePath).toBe(`content/${name}`);
  });

  test('has the sha256 of its bytes as its hash', () => {
    expect(plan.hash).toBe(createHash('sha256').update(readFileSync(file)).digest('hex'));
  });

  test('has its title, type, year and focal point', () => {
    expect(plan.title).toBe('Closing form 2022 - Digital Government Transformation');
    expect(plan.fullTitle).toBeNull();
    expect(plan.type).toBe('learningplan');
    expect(plan.year).toBe(2023);
    expect(plan.focalPoint).toBe('fp-99c3237309@undp.org');
  });

  test('has its one location, paired in order', () => {
    expect(plan.locations).toEqual([
      { country: 'Trinidad and Tobago', lat: 10.468829856764719, lng: -61.25844983927549 },
    ]);
    expect(plan.countries).toEqual(['Trinidad and Tobago']);
  });

  test('has its 4 methods and 9 data sources as written, with grouping keys', () => {
    expect(plan.methods.map((m) => m.value)).toEqual([
      'Prototyping',
      'Proof of concept',
      'Pilots',
      'Minimal Viable Product (MVP)',
    ]);
    expect(plan.methods[3]!.key).toBe('minimal viable product mvp');
    expect(plan.datasources).toHaveLength(9);
    expect(plan.datasources[0]).toEqual({ value: 'Mobile phone data', key: 'mobile phone data' });
  });

  test('has no SDGs, themes, consent or other meta', () => {
    expect(plan.sdgs).toEqual([]);
    expect(plan.thematicAreas).toEqual([]);
    expect(plan.consent).toBeNull();
    expect(plan.meta).toEqual({});
  });

  test('has the four sections of the closing form', () => {
    expect(plan.sections.map((s) => s.title)).toEqual([
      'Learnings on your challenge',
      'Data and Methods',
      'Partners',
      'End',
    ]);
  });

  test('keeps the four learning-cycle stages as groups', () => {
    const groups = plan.sections[0]!.items.filter((i) => i.kind === 'group');
    expect(groups.map((g) => g.kind === 'group' && g.items.map((i) => i.field))).toEqual([
      ['closing.stage.sense'],
      ['closing.stage.explore'],
      ['closing.stage.test'],
      ['closing.stage.grow'],
    ]);
  });

  test('maps every question onto a stable field', () => {
    expect(all.filter((i) => i.question !== '' && i.field === null)).toEqual([]);
  });

  test('reads an answer given with no blank line after its question', () => {
    const blog = all.find((i) => i.field === 'closing.blog_links');
    expect(blog?.answer?.text).toBe('blog coming soon');
  });

  test('marks unanswered questions as empty', () => {
    const time = all.find((i) => i.field === 'closing.time_per_stage');
    expect(time).toMatchObject({ answer: null, empty: true });
  });

  test('counts an answer of "NA" as unanswered', () => {
    const civil = all.find((i) => i.line === 89);
    expect(civil).toMatchObject({ answer: null, empty: true });
  });

  test('has a summary from the key insights, at most 300 characters', () => {
    expect(plan.summary.startsWith('A coordinated, whole of government approach')).toBe(true);
    expect(plan.summary.length).toBeLessThanOrEqual(300);
  });

  test('is detected as English', () => {
    expect(plan.language).toBe('en');
  });
});
