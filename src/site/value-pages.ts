// Value pages (/countries/kenya/, /methods/mapping/page/2/): a value's plans as cards, newest
// first, 50 a page, with the counts of the other facets among them.
import type { LearningPlan } from '../record/schema.ts';
import type { FacetConfig, SiteConfig } from './config.ts';
import type { FacetCache, FacetEntry, FacetIndex } from './browse.ts';
import { countLink, type CountLink } from './browse-pages.ts';
import type { FacetName } from './facets.ts';
import { cardView, sdgView, type CardView, type FacetIndexes, type SdgView } from './plan-view.ts';
import { topBy } from './top.ts';
import { valuePath } from './urls.ts';

const otherCountLimit = 10;

export interface OtherCounts {
  label: string;
  values: CountLink[];
  more: number;
}

export interface ValuePage {
  facet: FacetConfig;
  label: string;
  url: string;
  firstUrl: string;
  pageNumber: number;
  pageCount: number;
  total: number;
  from: number;
  to: number;
  cards: CardView[];
  previous: string | null;
  next: string | null;
  pageLinks: { number: number; url: string }[];
  others: OtherCounts[];
  sdg: SdgView | null;
}

export interface ValueContext {
  indexes: FacetIndexes;
  config: SiteConfig;
  cache: FacetCache;
  cards: Map<LearningPlan, CardView>;
}

export function valuePages(index: FacetIndex, entry: FacetEntry, ctx: ValueContext): ValuePage[] {
  const size = ctx.config.pageSize;
  const pageCount = Math.max(1, Math.ceil(entry.plans.length / size));
  const path = (n: number): string => valuePath(index.facet.path, entry.slug, n);
  const others = otherCounts(index.facet.name, entry.plans, ctx);
  const sdg = index.facet.name === 'sdg' ? sdgView(ctx.indexes, Number(entry.key)) : null;
  const pageLinks = Array.from({ length: pageCount }, (_, i) => ({
    number: i + 1,
    url: path(i + 1),
  }));
  return pageLinks.map(({ number }) => {
    const slice = entry.plans.slice((number - 1) * size, number * size);
    return {
      facet: index.facet,
      label: entry.label,
      url: path(number),
      firstUrl: path(1),
      pageNumber: number,
      pageCount,
      total: entry.plans.length,
      from: (number - 1) * size + 1,
      to: (number - 1) * size + slice.length,
      cards: slice.map((p) => ctx.cards.get(p) ?? cardView(p)),
      previous: number > 1 ? path(number - 1) : null,
      next: number < pageCount ? path(number + 1) : null,
      pageLinks: pageCount > 1 ? pageLinks : [],
      others,
      sdg,
    };
  });
}

/** The counts of the other facets among a value's plans: the methods used in Kenya. */
function otherCounts(own: FacetName, plans: LearningPlan[], ctx: ValueContext): OtherCounts[] {
  const out: OtherCounts[] = [];
  for (const facet of ctx.config.facets) {
    if (facet.name === own) continue;
    const index = ctx.indexes[facet.name]!;
    const counts = new Map<string, number>();
    for (const plan of plans) {
      for (const v of ctx.cache.values(plan, facet.name))
        counts.set(v.key, (counts.get(v.key) ?? 0) + 1);
    }
    const ranked = topBy(
      counts,
      otherCountLimit,
      (a, b) => a[1] > b[1] || (a[1] === b[1] && a[0] < b[0]),
    );
    const values = ranked.flatMap(([key, count]) => {
      const entry = index.byKey.get(key);
      return entry ? [countLink(index, entry, count)] : [];
    });
    if (values.length > 0)
      out.push({ label: facet.label, values, more: counts.size - values.length });
  }
  return out;
}
