// Value pages (/countries/kenya/, /methods/mapping/page/2/): a value's plans as cards, newest
// first, 50 a page, with the counts of the other facets among them.
import type { LearningPlan } from '../../record/schema.ts';
import type { FacetConfig, SiteConfig } from '../config.ts';
import type { FacetCache, FacetEntry, FacetIndex, FacetIndexes } from '../facets/facet-index.ts';
import { sdgView, type SdgView } from '../facets/sdg.ts';
import { topBy } from '../facets/top.ts';
import { countryKey, isCountryName, placeOf } from '../facets/countries.ts';
import type { FacetName } from '../facets/values.ts';
import { countLink, type CountLink } from './browse-pages.ts';
import { cardView, type CardView } from './card.ts';
import { plural } from '../../common/plural.ts';
import { searchPath, valuePath, valueThemesPath } from '../urls.ts';

const otherCountLimit = 10;

export interface OtherCounts {
  facet: FacetName;
  label: string;
  /** Each links to the plans having both values, or is plain text where no page lists them. */
  values: CountLink[];
  more: number;
  /**
   * Where all of them are counted: the search page's filters, or for themes, which the search
   * filters by but does not count, the value's themes page (value-themes.ts). Null when `more`
   * is 0 and no page is needed.
   */
  moreUrl: string | null;
  /** Themes: the ones past the first, each linked like them, shown when asked for. */
  rest: CountLink[];
}

/**
 * Themes listed behind "and N more": enough for most values of the corpus; the largest (a big
 * country) list the rest on a page of their own.
 */
const moreThemeLimit = 100;

/**
 * A search filter for a value: its key, or for a theme the slug of its page (the name of its
 * search file, src/site/search/theme-files.ts).
 */
function filterOf(facet: FacetName, entry: FacetEntry): { facet: string; key: string } {
  return { facet, key: facet === 'theme' ? entry.slug : entry.key };
}

export interface ValuePage {
  facet: FacetConfig;
  label: string;
  /** The page's title and meta description: "Country: Kenya (page 2)", "120 plans". */
  title: string;
  description: string;
  url: string;
  pageNumber: number;
  pageCount: number;
  total: number;
  from: number;
  to: number;
  cards: CardView[];
  previous: string | null;
  next: string | null;
  /** The first, last and nearby pages; `gap` stands for the pages left out between them. */
  pageLinks: PageLink[];
  others: OtherCounts[];
  sdg: SdgView | null;
  /** A region or island: the country it is part of, whose page holds its plans too. */
  partOf: CountLink | null;
}

export type PageLink = { number: number; url: string } | { gap: true };

/** Pages shown either side of the current one; the rest collapse into a gap. */
const pageWindow = 2;

export function pageLinks(count: number, current: number, url: (n: number) => string): PageLink[] {
  const near = (n: number): boolean =>
    n === 1 || n === count || Math.abs(n - current) <= pageWindow;
  const links: PageLink[] = [];
  for (let n = 1; n <= count; n++) {
    // A gap of a single page would take as much room as its link: show the page instead.
    if (near(n) || (near(n - 1) && near(n + 1))) links.push({ number: n, url: url(n) });
    else if (near(n - 1)) links.push({ gap: true });
  }
  return links;
}

export interface ValueContext {
  indexes: FacetIndexes;
  config: SiteConfig;
  cards: Map<LearningPlan, CardView>;
  others: OtherFacetCounts;
}

export function valuePages(index: FacetIndex, entry: FacetEntry, ctx: ValueContext): ValuePage[] {
  const size = ctx.config.pageSize;
  const pageCount = Math.max(1, Math.ceil(entry.plans.length / size));
  const path = (n: number): string => valuePath(index.facet.path, entry.slug, n);
  // Counted when first read, once for every page of the value: a rebuild that links the pages
  // from the previous output never reads them.
  let counted: OtherCounts[] | undefined;
  const others = (): OtherCounts[] => (counted ??= ctx.others.of(index.facet.name, entry));
  const sdg = index.facet.name === 'sdg' ? sdgView(index, Number(entry.key)) : null;
  const partOf = index.facet.name === 'country' ? countryOf(index, entry) : null;
  return Array.from({ length: pageCount }, (_, i) => {
    const number = i + 1;
    const slice = entry.plans.slice((number - 1) * size, number * size);
    const page = {
      facet: index.facet,
      label: entry.label,
      title: `${index.facet.singular}: ${entry.label}${number > 1 ? ` (page ${number})` : ''}`,
      description: plural(entry.plans.length, 'plan'),
      url: path(number),
      pageNumber: number,
      pageCount,
      total: entry.plans.length,
      from: (number - 1) * size + 1,
      to: (number - 1) * size + slice.length,
      cards: slice.map((p) => ctx.cards.get(p) ?? cardView(p)),
      previous: number > 1 ? path(number - 1) : null,
      next: number < pageCount ? path(number + 1) : null,
      pageLinks: pageCount > 1 ? pageLinks(pageCount, number, path) : [],
      sdg,
      partOf,
    } as ValuePage;
    Object.defineProperty(page, 'others', { enumerable: true, get: others });
    return page;
  });
}

function countryOf(index: FacetIndex, entry: FacetEntry): CountLink | null {
  const country = isCountryName(entry.label) ? null : placeOf(entry.label).country;
  const own = country === null ? undefined : index.byKey.get(countryKey(country));
  return own ? countLink(index, own) : null;
}

/**
 * The counts of the other facets among a value's plans: the methods used in Kenya. Thousands of
 * value pages each count six facets over their plans, so values are counted as entry numbers in
 * a reused array rather than as keys in a fresh map.
 */
export class OtherFacetCounts {
  /** Per facet: for each plan (by its number), the numbers of its entries in the facet's index. */
  readonly #codes = new Map<FacetName, number[][]>();
  readonly #counts = new Map<FacetName, Int32Array>();
  readonly #planNumber: Map<LearningPlan, number>;
  readonly #indexes: FacetIndexes;
  readonly #facets: FacetConfig[];

  constructor(
    plans: LearningPlan[],
    facets: FacetConfig[],
    indexes: FacetIndexes,
    cache: FacetCache,
  ) {
    this.#planNumber = new Map(plans.map((p, i) => [p, i]));
    this.#indexes = indexes;
    this.#facets = facets;
    for (const facet of facets) {
      const index = indexes[facet.name]!;
      const number = new Map(index.entries.map((e, i) => [e.key, i]));
      this.#codes.set(
        facet.name,
        plans.map((plan) => cache.values(plan, facet.name).flatMap((v) => number.get(v.key) ?? [])),
      );
      this.#counts.set(facet.name, new Int32Array(index.entries.length));
    }
  }

  of(own: FacetName, ownEntry: FacetEntry): OtherCounts[] {
    const out: OtherCounts[] = [];
    const ownPath = this.#indexes[own]!.facet.path;
    for (const facet of this.#facets) {
      if (facet.name === own) continue;
      const index = this.#indexes[facet.name]!;
      // Themes past the first few are listed on request (the search page does not count them).
      const shown = facet.name === 'theme' ? otherCountLimit + moreThemeLimit : otherCountLimit;
      const { links, seen } = this.#within(own, ownEntry, facet.name, (seen, count) =>
        topBy(
          seen,
          shown,
          (a, b) =>
            count(a) > count(b) ||
            (count(a) === count(b) && index.entries[a]!.key < index.entries[b]!.key),
        ),
      );
      if (links.length === 0) continue;
      const more = seen - links.length;
      // The search filtered by this value counts the other facets; themes have a page instead.
      const moreUrl =
        facet.name !== 'theme'
          ? searchPath([filterOf(own, ownEntry)])
          : more > 0
            ? valueThemesPath(ownPath, ownEntry.slug)
            : null;
      const values = links.slice(0, otherCountLimit);
      const rest = links.slice(otherCountLimit);
      out.push({ facet: facet.name, label: facet.label, values, more, moreUrl, rest });
    }
    return out;
  }

  /**
   * Whether the value's page lists fewer themes than its plans have, and so links to a themes
   * page of its own (value-themes.ts): what `of` says, without linking any.
   */
  hasThemesPage(own: FacetName, ownEntry: FacetEntry): boolean {
    if (own === 'theme' || !this.#codes.has('theme')) return false;
    const shown = otherCountLimit + moreThemeLimit;
    return this.#within(own, ownEntry, 'theme', () => []).seen > shown;
  }

  /** Every theme among a value's plans, A-Z with its count, each linked to the plans of both. */
  themesWithin(own: FacetName, ownEntry: FacetEntry): CountLink[] {
    // Codes are positions in the index, whose order is alphabetical.
    return this.#within(own, ownEntry, 'theme', (seen) => seen.sort((a, b) => a - b)).links;
  }

  /**
   * A facet's values among a value's plans, as `pick` chooses and orders them from the codes seen
   * and their counts, each linked to the search for the plans having both values.
   */
  #within(
    own: FacetName,
    ownEntry: FacetEntry,
    facet: FacetName,
    pick: (seen: number[], count: (code: number) => number) => number[],
  ): { links: CountLink[]; seen: number } {
    const index = this.#indexes[facet]!;
    const codes = this.#codes.get(facet)!;
    const counts = this.#counts.get(facet)!;
    const seen: number[] = [];
    for (const plan of ownEntry.plans) {
      for (const code of codes[this.#planNumber.get(plan)!]!) {
        if (counts[code] === 0) seen.push(code);
        counts[code]!++;
      }
    }
    // The search page filters by both values exactly: every facet with browse pages is one of
    // its filters, themes included (by their own file rather than the facet counts).
    const links = pick(seen, (code) => counts[code]!).map((code) => {
      const entry = index.entries[code]!;
      const url = searchPath([filterOf(own, ownEntry), filterOf(facet, entry)]);
      return { ...countLink(index, entry, counts[code]!), url };
    });
    for (const code of seen) counts[code] = 0;
    return { links, seen: seen.length };
  }
}
