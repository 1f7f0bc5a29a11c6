// A plan page's view: everything plan.njk prints, computed once per plan.
import { facetDefaults } from '../../common/facets.ts';
import type { LearningPlan } from '../../record/schema.ts';
import type { SiteConfig } from '../config.ts';
import { typeLabels, type FacetName } from '../facets/values.ts';
import { planJsonLd, serialiseJsonLd } from './jsonld.ts';
import { lettersAndDigits } from '../../record/normalise.ts';
import { items, summaryText } from '../../record/summary.ts';
import type { FacetCache, FacetIndexes } from '../facets/facet-index.ts';
import { linkTo, type FacetLinks, type LinkView } from '../facets/links.ts';
import { sdgView, type SdgView } from '../facets/sdg.ts';
import type { CardView } from './card.ts';
import { metaView } from './meta.ts';
import { placesView, type PlaceView } from './places.ts';
import { sectionsView, type SectionView } from './sections.ts';
import { planPath, sourcePath } from '../urls.ts';
import { miniMap, type MiniMap } from '../map/mini-map.ts';

export interface PlanPage {
  url: string;
  title: string;
  fullTitle: string | null;
  typeLabel: string;
  year: number | null;
  typeLink: LinkView;
  yearLink: LinkView | null;
  description: string;
  /** The summary under the title, unless it is the start of an answer the page shows anyway. */
  lead: string | null;
  /** The language of the plan's own text when it is not English, for `lang` attributes. */
  language: string | null;
  places: PlaceView[];
  /** The plan's places drawn as inline SVG, and the map page's view of them. */
  miniMap: MiniMap | null;
  facets: FacetLinks[];
  sdgs: SdgView[];
  meta: FacetLinks[];
  focalPoint: string | null;
  consent: { url: string | null; raw: string } | null;
  sections: SectionView[];
  unanswered: number;
  related: CardView[];
  /** Path of the published source markdown; null when the source file is not available. */
  sourceUrl: string | null;
  jsonLd: string;
}

export interface PlanContext {
  indexes: FacetIndexes;
  /** The values the facet indexes were built from, reused for the plan's links. */
  cache: FacetCache;
  config: SiteConfig;
  absolute: (path: string) => string;
  siteUrl: string;
  related: CardView[];
  hasSource: boolean;
}

/** The parts of a plan page that are most of its memory: made when a template reads them. */
type Drawn = Pick<PlanPage, 'places' | 'miniMap' | 'facets' | 'meta' | 'sections' | 'jsonLd'>;
const drawnKeys = ['places', 'miniMap', 'facets', 'meta', 'sections', 'jsonLd'] as const;

/**
 * The last page drawn: a template reads several of its parts, and one page is rendered at a
 * time, so one is kept, never the whole site's (at 50,000 plans they took over a gigabyte).
 */
let last: { page: PlanPage; drawn: Drawn } | null = null;

/**
 * A plan page's view. Its small fields are computed here; the large ones (sections, links,
 * places, map, JSON-LD) each time they are read after another page's, so the model holds the
 * records and not a second copy of every page's parts.
 */
export function planPage(plan: LearningPlan, ctx: PlanContext): PlanPage {
  const url = planPath(plan.slug);
  const titles = plan.fullTitle ? [plan.title, plan.fullTitle] : [plan.title];
  const typeLabel = typeLabels[plan.type];
  const page = {
    url,
    title: plan.title,
    fullTitle: plan.fullTitle,
    typeLabel,
    year: plan.year,
    typeLink: linkTo(ctx.indexes, 'type', plan.type, typeLabel),
    yearLink:
      plan.year === null ? null : linkTo(ctx.indexes, 'year', String(plan.year), String(plan.year)),
    description: plan.summary || `${typeLabel}: ${plan.title}`,
    lead: leadOf(plan, titles),
    language: plan.language === 'en' || plan.language === 'und' ? null : plan.language,
    sdgs: plan.sdgs.map((s) => sdgView(ctx.indexes.sdg, s.goal)),
    focalPoint: plan.focalPoint,
    consent: plan.consent
      ? { url: webUrl(plan.consent.public ? plan.consent.url : null), raw: plan.consent.raw }
      : null,
    unanswered: sectionsView(plan.sections, plan.title, titles).unanswered,
    related: ctx.related,
    sourceUrl: ctx.hasSource ? sourcePath(plan.slug) : null,
  } as PlanPage;
  const drawn = (): Drawn => {
    if (last?.page !== page) last = { page, drawn: drawnParts(plan, ctx, url, typeLabel, titles) };
    return last.drawn;
  };
  for (const key of drawnKeys)
    Object.defineProperty(page, key, { enumerable: true, get: () => drawn()[key] });
  return page;
}

function drawnParts(
  plan: LearningPlan,
  ctx: PlanContext,
  url: string,
  typeLabel: string,
  titles: string[],
): Drawn {
  const { indexes } = ctx;
  // The same values, keys and labels as the browse pages, so each link finds its page.
  const facetLinks = (label: string, name: FacetName): FacetLinks => ({
    label,
    values: ctx.cache.values(plan, name).map((v) => linkTo(indexes, name, v.key, v.label)),
  });
  const labelOf = (name: FacetName): string =>
    ctx.config.facets.find((f) => f.name === name)?.label ?? facetDefaults(name).label;
  return {
    places: placesView(indexes, plan),
    miniMap: miniMap(plan.countries, plan.locations),
    facets: [
      facetLinks(labelOf('method'), 'method'),
      facetLinks(labelOf('datasource'), 'datasource'),
      facetLinks(labelOf('theme'), 'theme'),
    ].filter((f) => f.values.length > 0),
    meta: metaView(plan.meta, shortAnswers(plan)),
    sections: sectionsView(plan.sections, plan.title, titles).sections,
    jsonLd: serialiseJsonLd(
      planJsonLd(plan, {
        url: ctx.absolute(url),
        siteUrl: ctx.siteUrl,
        siteTitle: ctx.config.title,
        typeLabel,
      }),
    ),
  };
}

/** Answers short enough to be a tag's value, and checklist options, as letters and digits. */
function shortAnswers(plan: LearningPlan): Set<string> {
  const out = new Set<string>();
  for (const item of items(plan.sections)) {
    if (!item.answer) continue;
    if (item.answer.text.length <= 200) out.add(lettersAndDigits(item.answer.text));
    for (const option of item.answer.options ?? []) out.add(lettersAndDigits(option));
  }
  return out;
}

/** The summary as a lead, unless the title or an answer on the page starts with it. */
function leadOf(plan: LearningPlan, titles: string[]): string | null {
  const start = lettersAndDigits(plan.summary);
  if (start === '' || titles.some((t) => lettersAndDigits(t).startsWith(start))) return null;
  for (const item of items(plan.sections)) {
    const text = item.answer?.text;
    // Normalising only ever shortens a text: a shorter answer cannot start with the summary.
    if (!text || text.length < start.length) continue;
    if (startsAs(text, start)) return null;
    // The summary leaves out the answer's URLs; so does this second look.
    if (/https?:|www\./.test(text) && startsAs(summaryText(text), start)) return null;
  }
  return plan.summary;
}

const letterOrDigit = /[\p{L}\p{N}]/u;

/**
 * Whether `text`, compared as `lettersAndDigits` compares (letters and digits only, any case), starts
 * with `start`. Character by character, so most answers are ruled out in a few steps.
 */
function startsAs(text: string, start: string): boolean {
  let j = 0;
  for (let i = 0; i < text.length && j < start.length; i++) {
    const c = text[i]!;
    if (!letterOrDigit.test(c)) continue;
    for (const lower of c.toLowerCase()) if (lower !== start[j++]) return false;
  }
  return j >= start.length;
}

/** Only http(s) URLs become links: a document must not smuggle in javascript: or data: URLs. */
function webUrl(url: string | null): string | null {
  return url && /^https?:\/\/\S+$/i.test(url.trim()) ? url.trim() : null;
}
