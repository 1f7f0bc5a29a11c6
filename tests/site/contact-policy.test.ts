// The contact policy on hand-written records and sources. Every address and number is invented.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/load/document.ts';
import type { LearningPlan } from '../../src/record/schema.ts';
import {
  maskEmail,
  maskPhone,
  publicRecord,
  publicRecords,
  publicSource,
  withheld,
  type ContactPolicy,
} from '../../src/site/contact-policy.ts';

function recordOf(markdown: string): LearningPlan {
  const { record } = parseDocument('plan.md', Buffer.from(markdown));
  if (!record) throw new Error('the document gave no record');
  return record;
}

/** A document with a header, the given tag lines and one question per answer. */
function documentWith(tags: string[], answers: Record<string, string> = {}): string {
  return [
    '# Solar kiosks',
    '',
    ...tags,
    '',
    '[[year:2023]]',
    '',
    '[[type:solution]]',
    '',
    '## About',
    '',
    ...Object.entries(answers).flatMap(([q, a]) => [`> ${q}`, '', a, '']),
  ].join('\n');
}

const publicOf = (markdown: string, policy: ContactPolicy): LearningPlan =>
  publicRecord(recordOf(markdown), policy).plan;

function answerOf(plan: LearningPlan, question: string): { text: string; html: string } {
  for (const s of plan.sections) {
    for (const i of s.items) {
      if (i.kind === 'item' && i.question === question && i.answer) return i.answer;
    }
  }
  throw new Error(`no answer to ${question}`);
}

describe('masks', () => {
  it('masks an address as first and last letter of the local part', () => {
    expect(maskEmail('gonzalo.smith@undp.org')).toBe('g****h@undp.org');
  });

  it('masks a very short local part without revealing it', () => {
    expect(maskEmail('ab@undp.org')).toBe('a****@undp.org');
  });

  it('masks a %40-encoded address as the address it encodes', () => {
    expect(maskEmail('ana.lima%40example.org')).toBe('a****a@example.org');
  });

  it('masks every digit of a phone number but the last two', () => {
    expect(maskPhone('+254 731 864 209')).toBe('+*** *** *** *09');
  });
});

describe('focal points in any spelling', () => {
  it.each([
    ['a leading space', ' [[focal_point:ana@example.org]]', 'ana@example.org'],
    ['spaces inside the brackets', '[[ focal_point :ana@example.org]]', 'ana@example.org'],
    ['a ] in the value', '[[focal_point:ana]lima@example.org]]', 'ana]lima@example.org'],
    ['a lone CR in the value', '[[focal_point:ana\rlima@example.org]]', 'ana lima@example.org'],
    ['capitals', '[[Focal_Point:ana@example.org]]', 'ana@example.org'],
    ['a space for the underscore', '[[focal point:ana@example.org]]', 'ana@example.org'],
    ['a hyphen for the underscore', '[[FOCAL-POINT:ana@example.org]]', 'ana@example.org'],
  ])('reads the focal point written with %s', (_name, tag, value) => {
    const record = recordOf(documentWith([tag]));
    expect(record.focalPoint).toBe(value);
    expect(Object.keys(record.meta)).toEqual([]);
  });

  it('keeps a second focal point in meta and withholds it there under hide', () => {
    const markdown = documentWith([
      '[[focal_point:ana@example.org]]',
      '[[Focal Point:ben@example.org]]',
    ]);
    expect(recordOf(markdown).meta['Focal Point']).toEqual(['ben@example.org']);
    expect(JSON.stringify(publicOf(markdown, 'hide'))).not.toContain('ben@');
  });
});

describe('a file with CR-only line endings', () => {
  const markdown = documentWith(['[[focal_point:ana@example.org]]'], {
    'What does it do?': 'It sells power by the hour.',
  }).replace(/\n/g, '\r');

  it('reads as lines: the title is the first line alone', () => {
    const record = recordOf(markdown);
    expect(record.title).toBe('Solar kiosks');
    expect(record.focalPoint).toBe('ana@example.org');
    expect(record.year).toBe(2023);
    expect(answerOf(record, 'What does it do?').text).toBe('It sells power by the hour.');
  });

  it('is published as lines with the focal point withheld', () => {
    const out = publicSource(markdown, 'hide');
    expect(out.split('\n')[0]).toBe('# Solar kiosks');
    expect(out).toContain('[[focal_point:]]');
    expect(out).not.toContain('ana@');
  });
});

describe('publicRecord', () => {
  const contacts = documentWith(
    [
      '[[focal_point:ana.lima@example.org]]',
      '[[email:ben.okoro@example.org]]',
      '[[e-mail:carla.n@example.org]]',
      '[[Contact:Dana Ruiz +254 731 864 209]]',
      '[[contact_person:Eli Tamm]]',
      '[[partner:fay.wu@example.org]]',
      '[[gender:Female]]',
    ],
    {
      'How can we contact the solution holder?':
        'Gus Moreno, gus.moreno@example.org, Tel: 203-1454 or 9486123847',
      'What does it do?':
        'It sells power by the hour. Write to [the team](mailto:hana.q@example.org) or call <a href="tel:+25473186420">us</a>. Budget: USD 1 500 000 for 2020-2024.',
    },
  );

  it('withholds the focal point under hide and masks it under mask', () => {
    expect(publicOf(contacts, 'hide').focalPoint).toBeNull();
    expect(publicOf(contacts, 'mask').focalPoint).toBe('a****a@example.org');
    expect(publicOf(contacts, 'show').focalPoint).toBe('ana.lima@example.org');
  });

  it('leaves out every tag whose key asks for a contact under hide', () => {
    const meta = publicOf(contacts, 'hide').meta;
    expect(Object.keys(meta)).toEqual(['gender']);
  });

  it('masks the values of contact tags under mask, names included', () => {
    const meta = publicOf(contacts, 'mask').meta;
    expect(meta['email']).toEqual(['b****o@example.org']);
    expect(meta['e-mail']).toEqual(['c****n@example.org']);
    expect(meta['Contact']).toEqual(['Dana Ruiz +*** *** *** *09']);
    expect(meta['contact_person']).toEqual(['E****m']);
  });

  it('drops a tag value that is an address under hide and masks it under mask', () => {
    expect(publicOf(contacts, 'hide').meta['partner']).toBeUndefined();
    expect(publicOf(contacts, 'mask').meta['partner']).toEqual(['f****u@example.org']);
  });

  it('replaces addresses and numbers in an answer’s text and HTML under hide', () => {
    const answer = answerOf(publicOf(contacts, 'hide'), 'How can we contact the solution holder?');
    const expected = `Gus Moreno, ${withheld.email}, Tel: ${withheld.phone} or ${withheld.phone}`;
    expect(answer.text).toBe(expected);
    expect(answer.html).toBe(`<p>${expected}</p>`);
  });

  it('masks addresses and numbers in an answer under mask', () => {
    const answer = answerOf(publicOf(contacts, 'mask'), 'How can we contact the solution holder?');
    expect(answer.text).toBe('Gus Moreno, g****o@example.org, Tel: ***-**54 or ********47');
  });

  it('reduces a mailto: link to its text', () => {
    const html = answerOf(publicOf(contacts, 'hide'), 'What does it do?').html;
    expect(html).toContain('Write to the team or call');
    expect(html).not.toMatch(/mailto:|hana/);
  });

  it('leaves budgets and years as they are', () => {
    const text = answerOf(publicOf(contacts, 'hide'), 'What does it do?').text;
    expect(text).toContain('Budget: USD 1 500 000 for 2020-2024.');
  });

  it('withholds the consent form and links to consent forms under hide and mask', () => {
    const markdown = documentWith(
      ['[[focal_point:ana@example.org]]', '[[consent:https:/files.example.org/consent/f-1.pdf]]'],
      {
        'Anything else?':
          'Signed: https://files.example.org/consent/f-1.pdf?dl=1 and [ours](https://consent.example.net/v/9)',
      },
    );
    for (const policy of ['hide', 'mask'] as const) {
      const plan = publicOf(markdown, policy);
      expect(plan.consent).toEqual({ raw: withheld.consent, url: null, public: false });
      expect(plan.meta['consent']).toEqual([withheld.consent]);
      const json = JSON.stringify(plan);
      expect(json).not.toMatch(/f-1\.pdf|consent\.example\.net/);
    }
  });

  it('keeps a website given as the consent value in the answers that link to it', () => {
    const markdown = documentWith(['[[consent:https://kiosks.example.org/]]'], {
      'Where can we see it?': 'https://kiosks.example.org/',
    });
    const plan = publicOf(markdown, 'hide');
    expect(plan.meta['consent']).toEqual([withheld.consent]);
    expect(answerOf(plan, 'Where can we see it?').text).toBe('https://kiosks.example.org/');
  });

  it('withholds a number given with a label wherever else the record repeats it', () => {
    const markdown = documentWith([], {
      'Mobile Number': '9486123847',
      'What does it do?': 'Send an SMS to 9486123847 to buy an hour.',
    });
    const text = answerOf(publicOf(markdown, 'hide'), 'What does it do?').text;
    expect(text).toBe(`Send an SMS to ${withheld.phone} to buy an hour.`);
  });

  it('publishes an answer as plain text when a number is split across elements', () => {
    const markdown = documentWith([], { 'What does it do?': 'Call **+254** 731 864 209 now.' });
    const answer = answerOf(publicOf(markdown, 'hide'), 'What does it do?');
    expect(answer.text).toBe(`Call ${withheld.phone} now.`);
    expect(answer.html).toBe(`<p>Call ${withheld.phone} now.</p>`);
  });

  it('rewrites titles, summaries and questions', () => {
    const markdown = [
      '---',
      'summary: Reach ivo.sand@example.org for the pilot',
      '---',
      '# Kiosks run by ivo.sand@example.org',
      '',
      '[[year:2023]]',
      '',
      '> Questions to ivo.sand@example.org?',
      '',
      'None.',
    ].join('\n');
    const json = JSON.stringify(publicOf(markdown, 'hide'));
    expect(json).not.toContain('ivo.sand');
    expect(publicOf(markdown, 'hide').title).toBe(`Kiosks run by ${withheld.email}`);
  });

  it('passes everything through under show but the builder’s folders and diagnostics', () => {
    const record = { ...recordOf(contacts), sourcePath: '/home/builder/plan.md' };
    const plan = publicRecord(record, 'show').plan;
    expect({ ...plan, sourcePath: record.sourcePath, diagnostics: record.diagnostics }).toEqual(
      record,
    );
    expect(plan.sourcePath).toBe('plan.md');
  });

  it('counts the distinct addresses and numbers it withheld', () => {
    const records = [recordOf(contacts), recordOf(contacts)];
    expect(publicRecords(records, 'hide').counts).toEqual({ policy: 'hide', emails: 6, phones: 3 });
  });
});

describe('publicSource', () => {
  it('empties the focal point in a published source under hide', () => {
    const out = publicSource('# T\n\n[[focal_point:someone@undp.org]]\n\n[[year:2023]]\n', 'hide');
    expect(out).toBe('# T\n\n[[focal_point:]]\n\n[[year:2023]]\n');
  });

  it('masks the focal point in front matter and tag under mask', () => {
    const out = publicSource(
      '---\nfocal_point: jane.doe@undp.org\n---\n[[focal_point:jane.doe@undp.org]]\n',
      'mask',
    );
    expect(out).not.toContain('jane.doe');
    expect(out.match(/j\*\*\*\*e@undp\.org/g)).toHaveLength(2);
  });

  it.each([
    [' [[focal_point:ana@example.org]]', ' [[focal_point:]]'],
    ['[[ focal_point :ana@example.org]]', '[[ focal_point :]]'],
    ['[[focal_point:ana]lima@example.org]]', '[[focal_point:]]'],
    ['[[focal_point:ana\rlima@example.org]]', '[[focal_point:]]'],
    ['[[Focal_Point:ana@example.org]]', '[[Focal_Point:]]'],
    ['[[email:ana@example.org]]', '[[email:]]'],
    ['[[Contact:Ana Lima, +254 731 864 209]]', '[[Contact:]]'],
    ['[[consent:https://files.example.org/consent/f.pdf]]', `[[consent:${withheld.consent}]]`],
    ['[[partner:ana@example.org]]', `[[partner:${withheld.email}]]`],
  ])('rewrites the tag line %j', (line, published) => {
    expect(publicSource(`# T\n\n${line}\n`, 'hide')).toBe(`# T\n\n${published}\n`);
  });

  it('withholds every address and number in the text, and links to contacts and consent forms', () => {
    const body = [
      '> How can we contact you?',
      '',
      'ana@example.org, 9486123847, [mail us](mailto:ben@example.org)',
      '<a href="mailto:carla@example.org">Carla</a> and ![form](https://x.example/consent/scan.jpg)',
      'Call +254 731 864 209 or see https://consent.example.net/v/9',
    ].join('\n');
    const out = publicSource(body, 'hide');
    expect(out).toBe(
      [
        '> How can we contact you?',
        '',
        `${withheld.email}, ${withheld.phone}, mail us`,
        `<a href="${withheld.email}">Carla</a> and `,
        `Call ${withheld.phone} or see ${withheld.consent}`,
      ].join('\n'),
    );
  });

  it('withholds the details of the record where the detectors alone would not see them', () => {
    const out = publicSource('Send an SMS to 9486123847.', 'hide', [
      { kind: 'phone', value: '9486123847' },
    ]);
    expect(out).toBe(`Send an SMS to ${withheld.phone}.`);
  });

  it('withholds a number split by emphasis, dropping the emphasis of that line', () => {
    expect(publicSource('Call **+254** 731 864 209 now.', 'hide')).toBe(
      `Call ${withheld.phone} now.`,
    );
  });

  it('publishes the text as the parser reads it under show', () => {
    expect(publicSource('\ufeff# T\r\n\r\n[[focal_point:ana@example.org]]\r\n', 'show')).toBe(
      '# T\n\n[[focal_point:ana@example.org]]\n',
    );
  });
});
