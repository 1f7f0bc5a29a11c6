// YAML front matter: a `yaml` node from remark-frontmatter, read by gray-matter's YAML engine.
import { describe, expect, test } from 'vitest';
import { planOf } from './make-document.ts';

const body = '# Written title\n\n[[year:2023]]\n\n[[type:solution]]\n';

function frontMatterErrors(markdown: string): [number, number, string][] {
  return planOf(markdown)
    .diagnostics.filter((d) => d.code === 'front-matter-invalid')
    .map((d) => [d.line, d.column, d.message]);
}

describe('front matter', () => {
  test('should let front matter set the title over the heading', () => {
    expect(planOf(`---\ntitle: Given title\n---\n${body}`).title).toBe('Given title');
  });

  test('should read the heading right after the closing fence as the title', () => {
    expect(planOf(`---\nslug: given\n---\n${body}`).title).toBe('Written title');
  });

  test('should accept YAML’s own end marker ... as the closing fence', () => {
    expect(planOf(`---\nyear: 2021\n...\n${body}`).year).toBe(2021);
  });

  test('should read an unclosed fence as markdown, not as front matter', () => {
    const plan = planOf(`---\ntitle: Given title\n${body}`);
    expect(plan.title).not.toBe('Given title');
    expect(frontMatterErrors(`---\ntitle: Given title\n${body}`)).toEqual([]);
  });

  test('should set no field from front matter of only a comment', () => {
    const plan = planOf(`---\n# a note\n---\n${body}`);
    expect(plan.title).toBe('Written title');
    expect(frontMatterErrors(`---\n# a note\n---\n${body}`)).toEqual([]);
  });

  test('should report YAML that does not parse at the line and column of the fault', () => {
    const errors = frontMatterErrors(`---\ntitle: A\n  bad: indent\n---\n${body}`);
    expect(errors.map(([line, column]) => [line, column])).toEqual([[3, 6]]);
    expect(errors[0]?.[2]).toMatch(/cannot be read \(bad indentation/);
  });

  test('should report a field of the wrong type at the line of the field', () => {
    const errors = frontMatterErrors(`---\ntitle: Fine\n\nyear: "soon"\n---\n${body}`);
    expect(errors.map(([line, column]) => [line, column])).toEqual([[4, 1]]);
    expect(errors[0]?.[2]).toMatch(/^Front matter field "year"/);
  });

  test('should ignore every field when one is invalid, and keep the document', () => {
    const plan = planOf(`---\ntitle: Given title\nyear: "soon"\n---\n${body}`);
    expect(plan.title).toBe('Written title');
    expect(plan.year).toBe(2023);
  });
});
