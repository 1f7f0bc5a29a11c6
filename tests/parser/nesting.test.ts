// Content nested thousands deep is flattened at 64 levels: the document still gives a record,
// with a content-too-deep warning where the flattening starts.
import { describe, expect, it } from 'vitest';
import { answersOf, documentOf, parse, planOf } from './make-document.ts';

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

describe('too many emphasis markers or brackets in one paragraph', () => {
  const runs = 10_000;
  const nestedEmphasis = (mark: string): string =>
    `${`${mark}a `.repeat(runs)}deep${` a${mark}`.repeat(runs)}`;
  /** Offset of the 501st `*a ` run, the first past the cap of 500, as a 1-based column. */
  const firstEscaped = 3 * 500 + 1;

  it('should keep 10,000 nested emphasis markers as the same text', () => {
    const { record } = parse(answerOf(nestedEmphasis('*')));
    expect(answersOf(record!)[0]?.answer?.text).toBe(nestedEmphasis('*'));
  });

  it('should warn content-too-deep at the first emphasis marker past 500 in the paragraph', () => {
    expect(warningOf(answerOf(nestedEmphasis('*')))).toMatchObject({
      line: answerLine,
      column: firstEscaped,
    });
  });

  it('should cap underscore emphasis markers like asterisks', () => {
    expect(warningOf(answerOf(nestedEmphasis('_')))).toMatchObject({ column: firstEscaped });
  });

  it('should cap strikethrough tildes like asterisks', () => {
    expect(warningOf(answerOf(nestedEmphasis('~')))).toMatchObject({ column: firstEscaped });
  });

  it('should say in plain words that the paragraph has too many markers', () => {
    const { diagnostics } = parse(answerOf(nestedEmphasis('*')));
    const warning = diagnostics.find((d) => d.code === 'content-too-deep');
    expect(warning).toMatchObject({ severity: 'warning', file: 'plan.md' });
    expect(warning?.message).toMatch(/more than 500 emphasis markers/);
  });

  it('should keep emphasis that comes before the cap', () => {
    const { record } = parse(answerOf(`*kept* ${nestedEmphasis('*')}`));
    expect(answersOf(record!)[0]?.answer?.html).toContain('<em>kept</em>');
  });

  it('should keep 10,000 nested brackets as the same text, warning at the 501st', () => {
    const brackets = `${'['.repeat(runs)}deep${']'.repeat(runs)}`;
    const { record } = parse(answerOf(brackets));
    expect(answersOf(record!)[0]?.answer?.text).toBe(brackets);
    expect(warningOf(answerOf(brackets))).toMatchObject({ line: answerLine, column: 501 });
  });

  it('should keep link text past the cap as plain text with its brackets', () => {
    const links = '[a](https://example.org) '.repeat(300).trim();
    const text = answersOf(planOf(answerOf(links)))[0]?.answer?.text;
    expect(text?.startsWith('a a a')).toBe(true);
    expect(text?.endsWith('[a](https://example.org)')).toBe(true);
  });

  it('should count markers per paragraph, not per answer', () => {
    const paragraph = '*a* '.repeat(200).trim();
    expect(warningOf(answerOf(`${paragraph}\n\n${paragraph}\n\n${paragraph}`))).toBeUndefined();
  });

  it('should count markers over every line of one paragraph', () => {
    const line = '*a* '.repeat(200).trim();
    expect(warningOf(answerOf(`${line}\n${line}`))).toMatchObject({ line: answerLine + 1 });
  });

  it('should leave emphasis markers inside fenced code alone', () => {
    const code = '*a '.repeat(1000).trim();
    const { record } = parse(answerOf(`\`\`\`\n${code}\n\`\`\``));
    expect(answersOf(record!)[0]?.answer?.text).toBe(code);
    expect(warningOf(answerOf(`\`\`\`\n${code}\n\`\`\``))).toBeUndefined();
  });
});
