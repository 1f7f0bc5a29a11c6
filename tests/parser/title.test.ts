// Titles: the full name behind a title cut with "…", and titles with no words.
import { describe, expect, test } from 'vitest';
import { documentOf, parse, planOf } from './make-document.ts';

const cut =
  'Bridging the green skills gap: an action learning plan for sustainable work in coastal…';
const full =
  'Bridging the Green Skills Gap: an action learning plan for sustainable work in coastal towns and their vocational schools';

describe('the full title of a truncated title', () => {
  test('should take the first line of the answer to the name question', () => {
    const plan = planOf(
      documentOf(
        cut,
        'learningplan',
        ['> Please provide a name for your action learning plan.', '', full, 'A second line.'].join(
          '\n',
        ),
      ),
    );
    expect(plan.fullTitle).toBe(full);
  });

  test('should prefer the name question to an earlier answer that also continues the title', () => {
    const plan = planOf(
      documentOf(
        cut,
        'solution',
        [
          '> Other Notes',
          '',
          `${cut.slice(0, -1)} is what we called it at first`,
          '',
          '> Title of the Solution',
          '',
          full,
        ].join('\n'),
      ),
    );
    expect(plan.fullTitle).toBe(full);
  });

  test('should take the first answer when no question names the plan', () => {
    const plan = planOf(
      documentOf(cut, 'solution', ['', full, '', 'It trains welders.'].join('\n')),
    );
    expect(plan.fullTitle).toBe(full);
  });

  test('should compare with whitespace collapsed, case folded and entities decoded', () => {
    const plan = planOf(
      documentOf(
        'Seeds &amp; tools for  the farmers of the northern highlands of the country and the…',
        'solution',
        [
          '',
          'SEEDS & TOOLS for the farmers of the northern highlands of the country and the coast',
        ].join('\n'),
      ),
    );
    expect(plan.fullTitle).toBe(
      'SEEDS & TOOLS for the farmers of the northern highlands of the country and the coast',
    );
  });

  test('should not take a line that does not start with the title', () => {
    const plan = planOf(documentOf(cut, 'solution', ['', 'A different name entirely'].join('\n')));
    expect(plan.fullTitle).toBeNull();
  });

  test('should not take a line longer than a title, which is the description the title was cut from', () => {
    const plan = planOf(
      documentOf(
        cut,
        'solution',
        ['', `${cut.slice(0, -1)} ${'and more words '.repeat(12)}`].join('\n'),
      ),
    );
    expect(plan.fullTitle).toBeNull();
  });

  test('should set no full title when the title is not truncated', () => {
    const plan = planOf(
      documentOf('Water filters', 'solution', ['', 'Water filters for schools'].join('\n')),
    );
    expect(plan.fullTitle).toBeNull();
  });
});

describe('titles with no words', () => {
  test('should replace a title of digits and punctuation with the plan-name answer', () => {
    const plan = planOf(
      documentOf(
        '1.',
        'learningplan',
        ['> Please provide a name for your action learning plan.', '', 'Youth jobs in Bhutan'].join(
          '\n',
        ),
      ),
      '1_.md',
    );
    expect(plan.title).toBe('Youth jobs in Bhutan');
  });

  test('should fall back to the file name when there is no plan-name answer', () => {
    const plan = planOf(
      documentOf('-', 'learningplan', '> Sense\n\nWe listened.'),
      'climate_and_conflict.md',
    );
    expect(plan.title).toBe('climate_and_conflict');
  });

  test('should report the replaced title as a title-unusable warning at the title line', () => {
    const { diagnostics } = parse(documentOf('1.', 'solution', ''), 'water_filters.md');
    expect(diagnostics).toEqual([
      {
        file: 'water_filters.md',
        line: 1,
        column: 1,
        severity: 'warning',
        code: 'title-unusable',
        message: 'The title "1." has no words; the file name "water_filters" is used instead.',
      },
    ]);
  });

  test('should keep the title and still warn when neither the answer nor the file name is better', () => {
    const { record, diagnostics } = parse(documentOf('-', 'solution', ''), '_.md');
    expect(record?.title).toBe('-');
    expect(diagnostics.map((d) => d.code)).toEqual(['title-unusable']);
  });

  test('should keep a title written in a script other than Latin', () => {
    const { record, diagnostics } = parse(documentOf('الكاتب الآلي', 'solution', ''), 'writer.md');
    expect(record?.title).toBe('الكاتب الآلي');
    expect(diagnostics).toEqual([]);
  });
});
