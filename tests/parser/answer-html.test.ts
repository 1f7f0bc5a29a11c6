// The answer HTML in the record is finished once, by the parser: the pages print it as it is.
import { describe, expect, test } from 'vitest';
import { answersOf, documentOf, planOf } from './make-document.ts';

function answerHtml(question: string, answer: string): string {
  const plan = planOf(documentOf('Photos of the pilot', 'solution', `\n${question}\n\n${answer}`));
  const html = answersOf(plan)[0]?.answer?.html;
  if (html === undefined) throw new Error('no answer');
  return html;
}

describe('images in answers', () => {
  test('should replace the export placeholder alt text with the question', () => {
    const html = answerHtml(
      '> Photo of the "site"',
      '![Missing alt text](https://example.org/a.png)',
    );
    expect(html).toContain('alt="Photo of the &#x22;site&#x22;"');
  });

  test('should load images lazily', () => {
    expect(answerHtml('> Photo', '![x](https://example.org/a.png)')).toContain('loading="lazy"');
  });

  test('should keep an alt text the writer gave', () => {
    const html = answerHtml('> Photo', '![A map](https://example.org/a.png)');
    expect(html).toContain('alt="A map"');
    expect(html).not.toContain('alt="Photo"');
  });

  test('should call an image that answers no question an image', () => {
    const plan = planOf(
      documentOf('Photos', 'solution', '\n![Missing alt text](https://example.org/a.png)'),
    );
    expect(answersOf(plan)[0]?.answer?.html).toContain('alt="Image"');
  });

  test('should drop an image whose unsafe source the sanitiser removed', () => {
    expect(answerHtml('> Photo', 'a <img alt="x" src="javascript:alert(1)"> b')).toBe(
      '<p>a  b</p>',
    );
  });
});

describe('links in answers', () => {
  test('should open external links without giving the target a handle on the page', () => {
    expect(answerHtml('> Blog', '[blog](https://example.org/post)')).toBe(
      '<p><a href="https://example.org/post" rel="nofollow noopener noreferrer">blog</a></p>',
    );
  });

  test('should link a www. address to the web, not to a page of the site', () => {
    expect(answerHtml('> Site', '[site](www.example.org/x)')).toBe(
      '<p><a href="https://www.example.org/x" rel="nofollow noopener noreferrer">site</a></p>',
    );
  });

  test('should treat a protocol-relative link as a link out', () => {
    expect(answerHtml('> Site', '<a href="//example.org/x">site</a>')).toContain(
      'rel="nofollow noopener noreferrer"',
    );
  });

  test('should leave a link within the site without rel', () => {
    expect(answerHtml('> Site', '[other plan](/plans/other/)')).toBe(
      '<p><a href="/plans/other/">other plan</a></p>',
    );
  });
});
