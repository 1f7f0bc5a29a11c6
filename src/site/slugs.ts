// URL slugs for facet values: readable, never empty, unique within one facet.
import slugify from '@sindresorhus/slugify';

/** Returns a function that gives each label a slug not given before (`-2`, `-3` on collisions). */
export function slugAllocator(fallback = 'value'): (label: string) => string {
  const taken = new Set<string>();
  return (label) => {
    const base = shorten(slugify(label)) || fallback;
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  };
}

/** Path segments must stay well under the 255-byte file-name limit: cut at a word boundary. */
const maxLength = 80;

function shorten(slug: string): string {
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const boundary = cut.lastIndexOf('-');
  return boundary > maxLength / 2 ? cut.slice(0, boundary) : cut;
}
