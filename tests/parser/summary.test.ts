// The summary: the answer that describes the record, by type, as plain text.
import { describe, expect, test } from 'vitest';
import { repeatsTitle, summaryText } from '../../src/record/summary.ts';
import { documentOf, planOf } from './make-document.ts';

const description =
  'Farmers rent solar dryers by the hour and sell the dried mango slices to the school canteens of the district.';

describe('summaries of solutions', () => {
  test('should take the description of the solution, not the title of the innovation before it', () => {
    const plan = planOf(
      documentOf(
        'Solar dryers for mango farmers',
        'solution',
        [
          '## ',
          '',
          '> Title of the innovation',
          '',
          'Solar dryers for mango farmers in the northern district',
          '',
          '> Name of the Innovator',
          '',
          'Rosa Quispe Mamani of the Cooperativa Frutos del Norte',
          '',
          '> Brief description of the innovation',
          '',
          description,
        ].join('\n'),
      ),
    );
    expect(plan.summary).toBe(description);
  });

  test('should never take the answer that names the solution holder', () => {
    const plan = planOf(
      documentOf(
        'Water filters',
        'solution',
        [
          '> What is the name of the solution holder? (main contact person, if multiple)',
          '',
          'Jorge Huamán Ccori, founder and president of the Asociación Agua Limpia',
          '',
          '> Other Notes',
          '',
          'Clay filters made in the village remove most bacteria from river water.',
        ].join('\n'),
      ),
    );
    expect(plan.summary).toBe(
      'Clay filters made in the village remove most bacteria from river water.',
    );
  });

  test('should skip an answer that contains an e-mail address', () => {
    const plan = planOf(
      documentOf(
        'Water filters',
        'solution',
        [
          '> Other Notes',
          '',
          'Write to the cooperative at agua.limpia@example.org to order filters for a school.',
          '',
          '> How much has this solution already been diffused?',
          '',
          'About three hundred families in four villages use the filters every day.',
        ].join('\n'),
      ),
    );
    expect(plan.summary).toBe(
      'About three hundred families in four villages use the filters every day.',
    );
  });

  test('should keep a description up to the line that gives a contact', () => {
    const plan = planOf(
      documentOf(
        'Water filters',
        'solution',
        [
          '> Brief description of the innovation',
          '',
          'Clay filters made in the village remove most bacteria from river water.',
          'Orders: agua.limpia@example.org',
        ].join('\n'),
      ),
    );
    expect(plan.summary).toBe(
      'Clay filters made in the village remove most bacteria from river water.',
    );
  });

  test('should skip an answer that contains a phone number', () => {
    const plan = planOf(
      documentOf(
        'Water filters',
        'solution',
        [
          '',
          'Call the workshop on +51 984 123 456 to visit the kilns and see the filters made.',
          '',
          '> Other Notes',
          '',
          'Clay filters made in the village remove most bacteria from river water.',
        ].join('\n'),
      ),
    );
    expect(plan.summary).toBe(
      'Clay filters made in the village remove most bacteria from river water.',
    );
  });

  test('should skip an answer that only repeats the title', () => {
    const plan = planOf(
      documentOf(
        'Community seed bank for drought-tolerant quinoa varieties',
        'solution',
        [
          '',
          'Community Seed Bank for Drought-Tolerant Quinoa Varieties.',
          '',
          '> Other Notes',
          '',
          'Families lend seed each spring and return twice as much after the harvest.',
        ].join('\n'),
      ),
    );
    expect(plan.summary).toBe(
      'Families lend seed each spring and return twice as much after the harvest.',
    );
  });

  test('should leave the summary empty when no answer describes the solution', () => {
    const plan = planOf(
      documentOf(
        'Water filters',
        'solution',
        ['> Contact person', '', 'Jorge Huamán Ccori, Asociación Agua Limpia, Cusco, Peru'].join(
          '\n',
        ),
      ),
    );
    expect(plan.summary).toBe('');
  });
});

describe('summaries of experiments', () => {
  test('should take the learning intent, not the portfolio or frontier challenge answered before it', () => {
    const plan = planOf(
      documentOf(
        'Nudging bystanders with a chatbot',
        'experiment',
        [
          '## Overview',
          '',
          '> What portfolio does this activity correspond to? If any',
          '',
          'Gender equality and the prevention of violence against women portfolio',
          '',
          '> What is the frontier challenge does this activity responds to?',
          '',
          'How can bystanders become agents of change against gender-based violence?',
          '',
          '## Design',
          '',
          '> What is the specific learning intent of the activity?',
          '',
          'We want to learn which chatbot messages lead bystanders to act when they witness violence.',
          '',
          '> What is your hypothesis? IF... THEN....',
          '',
          'If bystanders know what they can do, then they will act when they witness violence.',
        ].join('\n'),
      ),
    );
    expect(plan.summary).toBe(
      'We want to learn which chatbot messages lead bystanders to act when they witness violence.',
    );
  });

  test('should take the hypothesis when the learning intent is empty', () => {
    const plan = planOf(
      documentOf(
        'Nudging bystanders with a chatbot',
        'experiment',
        [
          '> What is the specific learning intent of the activity?',
          '',
          '',
          '> What is your hypothesis? IF... THEN....',
          '',
          'If bystanders know what they can do, then they will act when they witness violence.',
        ].join('\n'),
      ),
    );
    expect(plan.summary).toBe(
      'If bystanders know what they can do, then they will act when they witness violence.',
    );
  });
});

describe('the summary as plain text', () => {
  test('should keep no markup or entity from a link line whose URL holds HTML', () => {
    const plan = planOf(
      documentOf(
        'Mushroom farming',
        'solution',
        [
          '',
          'Oyster mushrooms grown on coffee husks by young farmers in the hills.',
          '[https://example.org/farm<div><br></div> https://example.org/about&amp;amp;nbsp;](https://example.org/farm<div><br></div> https://example.org/about&amp;amp;nbsp;)',
        ].join('\n'),
      ),
    );
    expect(plan.summary).toBe(
      'Oyster mushrooms grown on coffee husks by young farmers in the hills.',
    );
  });

  test('should drop URLs and markup written out as text', () => {
    expect(summaryText('Read more at https://example.org/a?b=1 <div>now</div>')).toBe(
      'Read more at now',
    );
  });

  test('should count a single line that continues a truncated title as a repeat of it', () => {
    expect(
      repeatsTitle(
        'Bridging the green skills gap in coastal towns and their schools',
        'Bridging the green skills gap in coastal…',
      ),
    ).toBe(true);
  });

  test('should not count a long description that begins with a truncated title as a repeat', () => {
    const text = `Bridging the green skills gap in coastal towns ${'with apprenticeships '.repeat(10)}`;
    expect(repeatsTitle(text, 'Bridging the green skills gap in coastal…')).toBe(false);
  });
});

describe('repaired link lines', () => {
  test('should split a link line whose URL holds the editor line break into one link a line', () => {
    const plan = planOf(
      documentOf(
        'Mushroom farming',
        'solution',
        [
          '> Please insert a link to the solution.',
          '',
          '[https://example.org/farm<div><br></div> https://example.org/about](https://example.org/farm<div><br></div> https://example.org/about)',
        ].join('\n'),
      ),
    );
    const answer = plan.sections[0]!.items[0]!;
    expect(answer.kind === 'item' && answer.answer?.text).toBe(
      'https://example.org/farm\nhttps://example.org/about',
    );
  });

  test('should decode the entities of a repaired URL until none is left', () => {
    const plan = planOf(
      documentOf(
        'Wind garden',
        'solution',
        [
          '> Please insert a link to the solution.',
          '',
          '[https://example.org/a b?x=1&amp;amp;y=2](https://example.org/a b?x=1&amp;amp;y=2)',
        ].join('\n'),
      ),
    );
    const answer = plan.sections[0]!.items[0]!;
    expect(answer.kind === 'item' && answer.answer?.html).toContain(
      'href="https://example.org/a%20b?x=1&#x26;y=2"',
    );
  });
});
