// A link to the page of a facet value, named as that page names it: every page calls a value
// alike however a document spells it.
import type { FacetIndex, FacetIndexes } from './facet-index.ts';
import { valuePath } from '../urls.ts';

export interface LinkView {
  label: string;
  /** Path without the prefix; null when the value has no page. */
  url: string | null;
}

export interface FacetLinks {
  label: string;
  values: LinkView[];
}

/** The value `key` in `index`; `label` when the site has no page for it. */
export function linkIn(index: FacetIndex | undefined, key: string, label: string): LinkView {
  const entry = index?.byKey.get(key);
  return index && entry
    ? { label: entry.label, url: valuePath(index.facet.path, entry.slug) }
    : { label, url: null };
}

export function linkTo(indexes: FacetIndexes, name: string, key: string, label: string): LinkView {
  return linkIn(indexes[name], key, label);
}
