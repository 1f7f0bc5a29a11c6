// A single newline inside an answer is a line break the author typed in the rich-text editor.
import { describe, expect, test } from 'vitest';
import { answersOf, documentOf, planOf } from './make-document.ts';

function onlyAnswer(body: string): { text: string; html: string } {
  const plan = planOf(documentOf('Budget of the pilot', 'learningplan', body));
  const answer = answersOf(plan)[0]?.answer;
  if (!answer) throw new Error('no answer');
  return answer;
}

const question = '> Background: What is the context of the challenge?';

describe('line breaks in answers', () => {
  test('should render a newline inside an answer paragraph as a <br>', () => {
    const answer = onlyAnswer(
      [question, '', 'Training: 2,000 USD', 'Equipment: 5,500 USD', 'Travel: 800 USD'].join('\n'),
    );
    expect(answer.html).toBe(
      '<p>Training: 2,000 USD<br>\nEquipment: 5,500 USD<br>\nTravel: 800 USD</p>',
    );
  });

  test('should keep the typed lines as lines of the plain text', () => {
    const answer = onlyAnswer([question, '', 'Training: 2,000 USD', 'Travel: 800 USD'].join('\n'));
    expect(answer.text).toBe('Training: 2,000 USD\nTravel: 800 USD');
  });

  test('should keep separate paragraphs as paragraphs', () => {
    const answer = onlyAnswer([question, '', 'First point.', '', 'Second point.'].join('\n'));
    expect(answer.html).toBe('<p>First point.</p>\n<p>Second point.</p>');
  });

  test('should break the lines of an answer read by lazy continuation after its question', () => {
    const answer = onlyAnswer([question, 'Line one of the answer', 'Line two'].join('\n'));
    expect(answer.html).toBe('<p>Line one of the answer<br>\nLine two</p>');
  });

  test('should break a lazy line inside a list item and keep the list', () => {
    const answer = onlyAnswer([question, '', '1. Seeds', 'bought in May', '2. Tools'].join('\n'));
    expect(answer.html).toBe('<ol>\n<li>Seeds<br>\nbought in May</li>\n<li>Tools</li>\n</ol>');
  });

  test('should not add a second break after raw HTML that already ends the line', () => {
    const answer = onlyAnswer([question, '', 'Line one<br>', 'Line two'].join('\n'));
    expect(answer.html).toBe('<p>Line one<br>Line two</p>');
  });

  test('should leave a checklist as its options', () => {
    const answer = onlyAnswer([question, '', '- Sense', '- Explore'].join('\n'));
    expect(answer.html).toBe('<ul class="checklist"><li>Sense</li><li>Explore</li></ul>');
  });

  test('should render the rows of a table without breaks in its cells', () => {
    const answer = onlyAnswer(
      [question, '', '| item | cost |', '| --- | --- |', '| seeds | 10 |'].join('\n'),
    );
    expect(answer.html).not.toContain('<br>');
    expect(answer.html).toContain('<td>seeds</td>');
  });

  test('should not break the lines of a title or a question', () => {
    const plan = planOf(
      documentOf('A title on\ntwo lines', 'solution', '> A question\n\nAn answer'),
    );
    expect(plan.title).toBe('A title on two lines');
    expect(answersOf(plan)[0]!.question).toBe('A question');
  });

  test('should join the lines of the summary with spaces', () => {
    const plan = planOf(
      documentOf(
        'Budget',
        'learningplan',
        [
          '> Short "tweet" summary: in 280 characters',
          '',
          'Rain gauges read by farmers',
          'feed the district early-warning system.',
        ].join('\n'),
      ),
    );
    expect(plan.summary).toBe(
      'Rain gauges read by farmers feed the district early-warning system.',
    );
  });
});
