// The detectors of e-mail addresses, phone numbers, contact keys and contact questions.
// Every text here is hand-written; the numbers are invented.
import { describe, expect, test } from 'vitest';
import {
  findContactDetails,
  isContactQuestion,
  isFocalPointKey,
  isPersonalKey,
} from '../../src/record/contact-details.ts';

const found = (text: string, contactAnswer = false): string[] =>
  findContactDetails(text, { contactAnswer }).map((d) => `${d.kind} ${d.value}`);

describe('e-mail addresses', () => {
  test('finds an address at the end of a sentence without its full stop', () => {
    expect(found('Write to ana.lima@example.org.')).toEqual(['email ana.lima@example.org']);
  });

  test('finds an address written %40-encoded inside a URL', () => {
    expect(found('https://x.example/a?u=01%7Cana.lima%40example.org%7C9')).toEqual([
      'email ana.lima%40example.org',
    ]);
  });

  test('counts a mailto: before the address in the span it replaces', () => {
    const [detail] = findContactDetails('(mailto:ana@example.org)');
    expect(detail?.start).toBe(1);
    expect(detail?.value).toBe('ana@example.org');
  });

  test('finds an address on a domain that starts with a digit', () => {
    expect(found('ana@163.com')).toEqual(['email ana@163.com']);
  });

  test('finds an address without a dot after an e-mail label', () => {
    expect(found('E-mail:okapi@okapihouse')).toEqual(['email okapi@okapihouse']);
  });

  test('finds an address cut by a summary’s ellipsis', () => {
    expect(found('a company, write to okapi@gmail.c…')).toEqual(['email okapi@gmail.c']);
  });

  test('leaves a word@word phrase without an e-mail label alone', () => {
    expect(found('pay back to my community & country@large')).toEqual([]);
  });

  test('takes neither social handles nor prices for addresses', () => {
    expect(found('Follow @okapi_lab and buy eggs @ K45.00')).toEqual([]);
  });

  test('does not let a soft hyphen hide the start of a name', () => {
    expect(found('ana\u00adlima@example.org')).toEqual(['email ana\u00adlima@example.org']);
  });
});

describe('phone numbers', () => {
  test.each([
    ['an international number', 'Call +254 731 864 209 today', '+254 731 864 209'],
    ['a number after a label', 'Tel: 203-1454', '203-1454'],
    ['a number with its country code in brackets', 'Phone: (+679) 7095919', '(+679) 7095919'],
    ['an international 00 prefix', 'Mobile: 00226 70003555', '00226 70003555'],
    ['a trunk prefix in groups', 'or 0712 345 678 in the evening', '0712 345 678'],
    ['an area code in brackets', 'at (021) 555 0199', '(021) 555 0199'],
    ['the North American shape', 'at 209-371-0456', '209-371-0456'],
    ['a WhatsApp link', 'https://wa.me/254731864209', '254731864209'],
    ['a number after an emoji label', '☎ 76 51 41 42', '76 51 41 42'],
  ])('finds %s', (_name, text, number) => {
    expect(found(text)).toEqual([`phone ${number}`]);
  });

  test('finds every number of a list after one label', () => {
    expect(found('Tel: 448-1771 - 448-1812 y 448-1581')).toEqual([
      'phone 448-1771',
      'phone 448-1812',
      'phone 448-1581',
    ]);
  });

  test('finds a bare number in the answer to a contact question', () => {
    expect(found('9486123847', true)).toEqual(['phone 9486123847']);
    expect(found('9486123847')).toEqual([]);
  });

  test.each([
    ['a budget in thousands', 'a budget of USD 1 500 000 in total'],
    ['a budget after a currency sign', 'cost $ 250 000 000'],
    ['a population', 'about 1 724 127 people'],
    ['a range of years', 'the plan for 2020-2024'],
    ['a range of figures', 'from 70000-100000 dollars'],
    ['a date', 'launched on 01-06-2016 and 21.05.2022'],
    ['an ISO date', 'on 2021-03-12'],
    ['an ISBN', 'ISBN 978-3-16-148410-0'],
    ['coordinates', 'at -1.2921, 36.8219'],
    ['a decimal statistic', 'a share of 12.3456789 percent'],
    ['numbers in a URL', 'https://example.org/posts/100054406831726/2021/01/31'],
    ['a file name', 'see report_20240514-0057.html'],
    ['a registration number', 'company registration no: 320170016600'],
    ['a table row of figures', 'Germany 83 3 206 38'],
  ])('leaves %s alone', (_name, text) => {
    expect(found(text)).toEqual([]);
  });

  test('leaves a labelled year range alone', () => {
    expect(found('Contact period: 2020-2024')).toEqual([]);
  });

  test('reads a megabyte without a space in one pass and finds nothing in it', () => {
    for (const token of ['a'.repeat(1e6), '@'.repeat(1e6), '1-'.repeat(5e5), 'a@'.repeat(5e5)]) {
      expect(findContactDetails(token)).toEqual([]);
    }
  });
});

describe('contact keys and questions', () => {
  test.each(['focal_point', 'Focal_Point', ' focal point ', 'FOCAL-POINT', 'focalpoint'])(
    'reads %j as the focal point key',
    (key) => {
      expect(isFocalPointKey(key)).toBe(true);
    },
  );

  test.each([
    'email',
    'E-mail',
    'e_mail',
    'Contact',
    'contact_person',
    'Contact info',
    'phone',
    'Phone number',
    'whatsapp',
    'correo',
    'Focal Point',
  ])('reads %j as a key that asks for a contact', (key) => {
    expect(isPersonalKey(key)).toBe(true);
  });

  test.each(['methods', 'gender', 'consent', 'country', 'sample_size'])(
    'does not read %j as a contact key',
    (key) => {
      expect(isPersonalKey(key)).toBe(false);
    },
  );

  test('knows the questions that ask for a contact', () => {
    expect(isContactQuestion('How can we contact the solution holder?')).toBe(true);
    expect(isContactQuestion('Mobile Number')).toBe(true);
    expect(isContactQuestion('How many mobile phone users are there?')).toBe(false);
  });
});
