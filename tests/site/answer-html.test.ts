import { describe, expect, it } from 'vitest';
import { finishAnswerHtml } from '../../src/site/answer-html.ts';

describe('finishAnswerHtml', () => {
  it('replaces the export placeholder alt text with the question', () => {
    const out = finishAnswerHtml(
      '<p><img src="https://x.org/a.png" alt="Missing alt text"></p>',
      'Photo of the "site"',
    );
    expect(out).toContain('alt="Photo of the &quot;site&quot;"');
  });

  it('loads images lazily', () => {
    expect(finishAnswerHtml('<img src="a.png" alt="x">', 'q')).toContain('loading="lazy"');
  });

  it('keeps an existing alt text', () => {
    const out = finishAnswerHtml('<img src="a.png" alt="A map">', 'q');
    expect(out).toContain('alt="A map"');
    expect(out).not.toContain('alt="q"');
  });

  it('opens external links without giving the target a handle on the page', () => {
    expect(finishAnswerHtml('<a href="https://x.org">x</a>', 'q')).toBe(
      '<a href="https://x.org" rel="noopener noreferrer nofollow">x</a>',
    );
  });
});

describe('finishAnswerHtml on images without a source', () => {
  it('links a www. address to the web, not to a page of the site', () => {
    expect(finishAnswerHtml('<p><a href="www.example.org/x">site</a></p>', 'q')).toBe(
      '<p><a href="https://www.example.org/x" rel="noopener noreferrer nofollow">site</a></p>',
    );
  });

  it('drops an image whose unsafe source the sanitiser removed', () => {
    expect(finishAnswerHtml('<p>a <img alt="x"> b</p>', 'q')).toBe('<p>a  b</p>');
  });
});
