// A value's themes page (/countries/kenya/themes/): every theme among the value's plans, each
// linked to the search for the plans having both. Only values with more themes than their page
// lists (a big country: hundreds) get one; their page's "and N more" links here.
import type { FacetConfig } from '../config.ts';
import type { FacetEntry, FacetIndex } from '../facets/facet-index.ts';
import { countText, plural } from '../../common/plural.ts';
import type { CountLink } from './browse-pages.ts';
import { longList, type LongList } from './value-list.ts';
import { inSentence } from './words.ts';
import type { OtherFacetCounts } from './value-pages.ts';
import { valuePath, valueThemesPath } from '../urls.ts';

export interface ValueThemesPage {
  /** The theme facet: long-list.njk names the list by it. */
  facet: FacetConfig;
  /** The value whose themes these are, and its page for the breadcrumb. */
  own: { facet: FacetConfig; label: string; url: string; plans: number };
  title: string;
  description: string;
  url: string;
  /** A-Z, each with its count within the value. */
  entries: CountLink[];
  /** The most used first and every theme by first letter, as the themes browse page. */
  long: LongList | null;
}

/** The themes page of a value whose page leaves themes out, else null. */
export function valueThemesPage(
  index: FacetIndex,
  entry: FacetEntry,
  counts: OtherFacetCounts,
  themeFacet: FacetConfig,
): ValueThemesPage | null {
  // The value page's "and N more" links to this page, so it exists exactly where that link does.
  if (!counts.hasThemesPage(index.facet.name, entry)) return null;
  const entries = counts.themesWithin(index.facet.name, entry);
  const noun = inSentence(themeFacet.label);
  return {
    facet: themeFacet,
    own: {
      facet: index.facet,
      label: entry.label,
      url: valuePath(index.facet.path, entry.slug),
      plans: entry.plans.length,
    },
    title: `${themeFacet.label} within ${index.facet.singular}: ${entry.label}`,
    description: `All ${countText(entries.length)} ${noun} of ${plural(entry.plans.length, 'plan')}.`,
    url: valueThemesPath(index.facet.path, entry.slug),
    entries,
    long: longList(entries),
  };
}
