// URL slugs for facet values: readable, never empty, unique within one facet.
import { slugFor } from '../../record/slug.ts';

/** Returns a function that gives each label a slug not given before (`-2`, `-3` on collisions). */
export function slugAllocator(fallback = 'value'): (label: string) => string {
  const taken = new Set<string>();
  return (label) => {
    const base = slugFor(label, fallback);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  };
}
