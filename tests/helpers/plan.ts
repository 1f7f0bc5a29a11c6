// A factory for hand-made records, for tests of the site modules that need no parsing.
import type { Group, Item, LearningPlan, Section } from '../../src/record/schema.ts';
import { facetKey } from '../../src/common/facet-key.ts';
import { emptyRecord } from '../../src/record/empty.ts';

export function facet(value: string): { value: string; key: string } {
  return { value, key: facetKey(value) };
}

/** The parser's empty record, as an English learning plan of 2023 unless the test says otherwise. */
export function makePlan(overrides: Partial<LearningPlan> & { id: string }): LearningPlan {
  return {
    ...emptyRecord(overrides.id),
    type: 'learningplan',
    year: 2023,
    language: 'en',
    ...overrides,
  };
}

/** A question with a one-paragraph answer. */
export function item(question: string, text: string): Item {
  const html = `<p>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`;
  return { kind: 'item', question, field: null, answer: { text, html }, empty: false, line: 1 };
}

export function group(items: Item[]): Group {
  return { kind: 'group', items, line: 1 };
}

export function section(items: (Item | Group)[], title = ''): Section {
  return { title, lead: null, items, line: 1 };
}
