// Form leftovers: placeholder answers, the form's instructions and numbered lists typed in one
// paragraph. The documents are hand-written.
import { describe, expect, test } from 'vitest';
import { isFormInstruction, isPlaceholder } from '../../src/qa/leftovers.ts';
import { answersOf, documentOf, parse, planOf } from './make-document.ts';

function answerTo(answer: string): ReturnType<typeof answersOf>[number] | undefined {
  const plan = planOf(
    documentOf('Bicycle repair kiosks', 'solution', `\n> What did you try?\n\n${answer}`),
  );
  return answersOf(plan)[0];
}

describe('placeholder answers', () => {
  for (const text of [
    'NA',
    'N/A',
    'n/a',
    '-',
    'None',
    'TBD',
    'N/A.',
    '(none)',
    'Néant',
    'aucun',
    'Ninguno',
    'No aplica',
    'S/O',
    '...',
  ]) {
    test(`count "${text}" as unanswered`, () => {
      expect(answerTo(text)).toMatchObject({ answer: null, empty: true });
    });
  }

  test('keep a real short answer such as "No"', () => {
    expect(answerTo('No')?.answer?.text).toBe('No');
  });

  test('keep an answer that only starts with a placeholder word', () => {
    expect(answerTo('None of the kiosks opened on Sundays.')?.answer).not.toBeNull();
  });

  test('note each one as info with its line and column', () => {
    const { diagnostics } = parse(documentOf('Kiosks', 'solution', '\n> What did you try?\n\nTBD'));
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: 'answer-placeholder',
        severity: 'info',
        line: 14,
        column: 1,
      }),
    ]);
  });

  test('are told apart from the words around them by their punctuation only', () => {
    expect(isPlaceholder('- TBD -')).toBe(true);
    expect(isPlaceholder('TBD next year')).toBe(false);
  });
});

describe('form instructions', () => {
  test('are not kept as a section lead', () => {
    const plan = planOf(
      documentOf(
        'Kiosks',
        'experiment',
        '\n## Results\n**Only complete this section when presenting results**\n\n> Was the hypothesis proven?\n\nYes.',
      ),
    );
    expect(plan.sections[0]?.lead).toBeNull();
    expect(plan.diagnostics.map((d) => d.code)).toEqual(['form-instruction']);
  });

  test('are not shown as an answer', () => {
    expect(answerTo('Only complete this section when presenting results.')?.answer).toBeNull();
  });

  test('are recognised in Spanish and French', () => {
    expect(isFormInstruction('Sólo complete esta sección cuando presente resultados')).toBe(true);
    expect(isFormInstruction('Cette section vise à présenter les résultats.')).toBe(true);
  });

  test('leave a lead the writer wrote', () => {
    const plan = planOf(
      documentOf(
        'Kiosks',
        'experiment',
        '\n## Results\n**Two of three kiosks paid for themselves**\n\n> Proven?\n\nYes.',
      ),
    );
    expect(plan.sections[0]?.lead).toBe('Two of three kiosks paid for themselves');
  });
});

describe('numbered lists typed in one paragraph', () => {
  test('are shown as a list, the words before the first number a paragraph', () => {
    const html = answerTo(
      'We learnt three things: 1. riders pay 2. parts run out 3. Sundays are slow',
    )?.answer?.html;
    expect(html).toBe(
      '<p>We learnt three things:</p>\n<ol>\n<li>riders pay</li>\n<li>parts run out</li>\n<li>Sundays are slow</li>\n</ol>',
    );
  });

  test('keep links inside their items', () => {
    const html =
      answerTo('1. [The guide](https://example.org/guide) 2. The video')?.answer?.html ?? '';
    expect(html).toContain('<li><a href="https://example.org/guide"');
    expect(html).toContain('<li>The video</li>');
  });

  test('are noted as info', () => {
    const { diagnostics } = parse(
      documentOf('Kiosks', 'solution', '\n> What?\n\n1) pumps 2) tubes'),
    );
    expect(diagnostics.map((d) => d.code)).toEqual(['inline-list']);
  });

  test('leave numbers out of order as text', () => {
    expect(answerTo('We opened 2. kiosks in 1. week')?.answer?.html).toBe(
      '<p>We opened 2. kiosks in 1. week</p>',
    );
  });

  test('leave a lone "1." as text', () => {
    expect(answerTo('Step 1. is all we did')?.answer?.html).toBe('<p>Step 1. is all we did</p>');
  });
});
