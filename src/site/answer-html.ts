// Finishing touches on answer HTML that the parser has already sanitised: images load lazily and
// get alternative text, links open safely. The input is rehype-stringify output, so tags are
// well formed and attribute values are double-quoted.
import { escapeAttribute } from 'entities';

const placeholderAlt = /\salt="Missing alt text"/gi;

function addAttribute(tag: string, name: string, value: string): string {
  if (new RegExp(`\\s${name}=`, 'i').test(tag)) return tag;
  return tag.replace(/(?<!\s)\s*\/?>$/, (end) => ` ${name}="${value}"${end}`);
}

/**
 * `alt` replaced by the question the image answers; lazy images; links to `www.` addresses made
 * absolute; links out with a safe `rel`.
 */
export function finishAnswerHtml(html: string, altText: string): string {
  const alt = escapeAttribute(altText);
  return (
    html
      .replace(/<img\b[^>]*>/gi, (tag) => {
        // The sanitiser drops unsafe sources (data:, javascript:); an image without one shows nothing.
        if (!/\ssrc="[^"]/i.test(tag)) return '';
        let out = tag.replace(placeholderAlt, ` alt="${alt}"`);
        out = addAttribute(out, 'alt', alt);
        out = addAttribute(out, 'loading', 'lazy');
        return addAttribute(out, 'decoding', 'async');
      })
      // `[site](www.example.org)` means the web address, not a page of this site.
      .replace(/(<a\b[^>]*\shref=")(www\.)/gi, '$1https://$2')
      .replace(/<a\b[^>]*>/gi, (tag) =>
        /\shref="(?:https?:)?\/\//i.test(tag)
          ? addAttribute(tag, 'rel', 'noopener noreferrer nofollow')
          : tag,
      )
  );
}
