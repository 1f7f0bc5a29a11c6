// Content nested thousands deep is flattened at 64 levels: the document still gives a record,
// with a content-too-deep warning where the flattening starts.
import { describe, expect, it } from 'vitest';
import { answersOf, documentOf, parse } from './make-document.ts';

const depth = 10_000;
const answerOf = (body: string): string =>
  documentOf('Deep answers', 'solution', `\n## Solution\n\n> What is it?\n\n${body}\n`);
/** The answer's line: documentOf's header is 11 lines, then a blank, section, question, blank. */
const answerLine = 16;

function warningOf(markdown: string): { code: string; line: number; column: number } | undefined {
  const { record, diagnostics } = parse(markdown);
  expect(record).not.toBeNull();
  return diagnostics.find((d) => d.code === 'content-too-deep');
}

describe('content nested too deep', () => {
  it('should keep a document of 10,000 nested divs with a content-too-deep warning', () => {
    const html = `${'<div>'.repeat(depth)}deep text${'</div>'.repeat(depth)}`;
    const { record } = parse(answerOf(html));
    expect(answersOf(record!)[0]?.answer?.text).toBe('deep text');
    expect(warningOf(answerOf(html))).toMatchObject({ line: answerLine, column: 64 * 5 + 1 });
  });

  it('should keep a document of 10,000 nested quotes with a content-too-deep warning', () => {
    const warning = warningOf(answerOf(`${'>'.repeat(depth)} deep text`));
    expect(warning).toMatchObject({ line: answerLine, column: 65 });
  });

  it('should keep a document of 10,000 nested list markers on one line', () => {
    expect(warningOf(answerOf(`${'- '.repeat(depth)}deep text`))).toBeDefined();
  });

  it('should keep a run of 10,000 emphasis markers as text past the limit', () => {
    const { record } = parse(answerOf(`${'*'.repeat(depth)}deep${'*'.repeat(depth)}`));
    expect(answersOf(record!)[0]?.answer?.text).toContain('deep');
    expect(warningOf(answerOf(`${'*'.repeat(depth)}deep${'*'.repeat(depth)}`))).toBeDefined();
  });

  it('should say in plain words what was flattened', () => {
    const { diagnostics } = parse(answerOf(`${'>'.repeat(depth)} deep text`));
    const warning = diagnostics.find((d) => d.code === 'content-too-deep');
    expect(warning).toMatchObject({ severity: 'warning', file: 'plan.md' });
    expect(warning?.message).toMatch(/nested more than 64 levels/);
  });

  it('should not warn about 64 nested quotes', () => {
    expect(warningOf(answerOf(`${'>'.repeat(64)} text`))).toBeUndefined();
  });

  it('should not warn about a long line of underscores', () => {
    expect(warningOf(answerOf(`Name: ${'_'.repeat(100)} `))).toBeUndefined();
  });

  it('should not warn about many closed divs one after another', () => {
    expect(warningOf(answerOf('<div>a</div>'.repeat(200)))).toBeUndefined();
  });
});
