// Hand-written documents for the parser tests: a title, the fixed header and a body.
import { parseDocument, type DocumentResult } from '../../src/load/document.ts';
import type { Item, LearningPlan } from '../../src/record/schema.ts';
import { items } from '../../src/record/summary.ts';

export function documentOf(title: string, type: LearningPlan['type'], body: string): string {
  return [
    `# ${title}`,
    '',
    '[[focal_point:ana.lima@example.org]]',
    '',
    '[[year:2023]]',
    '',
    `[[type:${type}]]`,
    '',
    '[[country:Peru]]',
    '[[latlng:-9.18123456789012,-75.01523456789012]]',
    body,
  ].join('\n');
}

export function parse(markdown: string, file = 'plan.md'): DocumentResult {
  return parseDocument(file, Buffer.from(markdown));
}

export function planOf(markdown: string, file = 'plan.md'): LearningPlan {
  const { record } = parse(markdown, file);
  if (!record) throw new Error('the document gave no record');
  return record;
}

export function answersOf(plan: LearningPlan): Item[] {
  return items(plan.sections);
}
