// The `[[key:value]]` construct, through the public plugin as users wire it.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import remarkLearningPlan from '../../src/plugin.ts';
import type { PlanTag } from '../../src/mdast/tag.ts';
import type { LearningPlan } from '../../src/record/schema.ts';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkLearningPlan);

function tags(markdown: string): Pick<PlanTag, 'key' | 'value'>[] {
  const tree = processor.parse(markdown) as Root;
  return tree.children
    .filter((n): n is PlanTag => n.type === 'planTag')
    .map(({ key, value }) => ({ key, value }));
}

function recordOf(markdown: string): LearningPlan | undefined {
  const file = new VFile({ path: 'a-plan.md', value: markdown });
  processor.runSync(processor.parse(file), file);
  return file.data.learningPlan;
}

describe('the planTag construct', () => {
  test('should read a key and a value', () => {
    expect(tags('[[country:Kenya]]\n')).toEqual([{ key: 'country', value: 'Kenya' }]);
  });

  test('should split on the first colon only', () => {
    expect(tags('[[consent:https://example.org/a:b]]')).toEqual([
      { key: 'consent', value: 'https://example.org/a:b' },
    ]);
  });

  test('should not turn an e-mail value into a link', () => {
    expect(tags('[[focal_point:first_last@example.org]]')).toEqual([
      { key: 'focal_point', value: 'first_last@example.org' },
    ]);
  });

  test('should not read underscores across lines as emphasis', () => {
    expect(tags('[[thematic_areas:_mejora_]]\n[[thematic_areas:b_c_]]')).toEqual([
      { key: 'thematic_areas', value: '_mejora_' },
      { key: 'thematic_areas', value: 'b_c_' },
    ]);
  });

  test('should keep raw HTML in a value as text', () => {
    expect(tags('[[consent:<div><br></div>]]')).toEqual([
      { key: 'consent', value: '<div><br></div>' },
    ]);
  });

  test('should keep a ]] that is not at the end of the line in the value', () => {
    expect(tags('[[note:a]] b]]')).toEqual([{ key: 'note', value: 'a]] b' }]);
  });

  test('should allow an empty value', () => {
    expect(tags('[[datasources:]]')).toEqual([{ key: 'datasources', value: '' }]);
  });

  test('should not support text after the closing brackets', () => {
    expect(tags('[[country:Kenya]] and more')).toEqual([]);
  });

  test('should not support a line without a colon', () => {
    expect(tags('[[country]]')).toEqual([]);
  });

  test('should not support an empty key', () => {
    expect(tags('[[:Kenya]]')).toEqual([]);
  });

  test('should interrupt a paragraph, so contiguous tag lines stay tags', () => {
    expect(tags('Some text\n[[year:2023]]')).toEqual([{ key: 'year', value: '2023' }]);
  });

  test('should leave a wiki-style link inside text alone', () => {
    expect(tags('See [[this:page]] for more')).toEqual([]);
  });

  test('should read a tag line followed by spaces or a tab as a tag line', () => {
    expect(tags('[[year:2024]] \n[[type:solution]]\t\n')).toEqual([
      { key: 'year', value: '2024' },
      { key: 'type', value: 'solution' },
    ]);
  });

  test('should take the year of a tag line with trailing spaces, with no year-missing', () => {
    const record = recordOf('# A plan\n\n[[year:2024]]  \n\n[[type:solution]]\t\n');
    expect(record?.year).toBe(2024);
    expect(record?.type).toBe('solution');
    expect(record?.diagnostics.map((d) => d.code)).not.toContain('year-missing');
  });

  test('should not take a tag line inside a blockquote into the header', () => {
    const record = recordOf('# A plan\n\n[[type:solution]]\n\n> [[year:2024]]\n\nAn answer\n');
    expect(record?.year).toBeNull();
  });

  test('should keep a tag line inside an answer list as the writer typed it', () => {
    const record = recordOf(
      '# A plan\n\n[[type:solution]]\n\n> Question\n\n- [[year:2024]]\n\n  More\n',
    );
    expect(record?.year).toBeNull();
    expect(record?.sections[0]?.items[0]).toMatchObject({
      answer: { text: '[[year:2024]]\n\nMore' },
    });
  });

  test('should put the record on file.data', () => {
    const file = new VFile({ path: 'a-plan.md', value: '# A plan\n\n[[type:solution]]\n' });
    processor.runSync(processor.parse(file), file);
    expect(file.data.learningPlan?.title).toBe('A plan');
    expect(file.data.learningPlan?.type).toBe('solution');
  });
});
