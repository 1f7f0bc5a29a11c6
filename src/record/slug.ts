// URL slugs, for plans and for facet values. A slug is also a folder name in the built site, so
// it is cut well under the 255-byte limit of a file name on every common file system.
import slugify from '@sindresorhus/slugify';

/** Bytes of UTF-8, though slugify writes ASCII: the limit holds whatever it writes. */
export const maxSlugBytes = 80;

/** Cut at the last word boundary within the limit, when there is one past half of it. */
function shorten(slug: string): string {
  if (Buffer.byteLength(slug) <= maxSlugBytes) return slug;
  let cut = '';
  for (const char of slug) {
    if (Buffer.byteLength(cut + char) > maxSlugBytes) break;
    cut += char;
  }
  const boundary = cut.lastIndexOf('-');
  return boundary > cut.length / 2 ? cut.slice(0, boundary) : cut;
}

/** A readable, URL-safe slug of at most `maxSlugBytes`, never empty. */
export function slugFor(text: string, fallback: string): string {
  return shorten(slugify(text.replace(/\//g, '-'))) || fallback;
}
