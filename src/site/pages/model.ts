// Records → everything the templates print, computed once. Templates paginate over these
// arrays (one template per kind of page), which keeps Eleventy fast on thousands of pages.
import type { LearningPlan } from '../../record/schema.ts';
import type { SiteConfig } from '../config.ts';
import {
  FacetCache,
  buildFacetIndex,
  newestFirst,
  type FacetIndexes,
} from '../facets/facet-index.ts';
import { browsePage, type BrowsePage } from './browse-pages.ts';
import { homeView, type HomeView } from './home.ts';
import { aboutView, type AboutView } from './about.ts';
import { buildTime, isoDate } from '../build-time.ts';
import { planPage, type PlanContext, type PlanPage } from './plan-page.ts';
import { cardView, type CardView } from './card.ts';
import { relatedCount, relatedInputs, relatedPlans } from './related.ts';
import { facetPath, withPrefix } from '../urls.ts';
import { OtherFacetCounts, valuePages, type ValuePage } from './value-pages.ts';
import { valueThemesPage, type ValueThemesPage } from './value-themes.ts';
import { sitemaps, type Sitemaps } from './sitemap.ts';

export type { BrowsePage, CountLink, RegionGroup } from './browse-pages.ts';
export type { HomeView } from './home.ts';
export type { PlanPage } from './plan-page.ts';
export type { OtherCounts, ValuePage } from './value-pages.ts';
export type { ValueThemesPage } from './value-themes.ts';

export interface SiteModel {
  site: SiteConfig & {
    siteUrl: string;
    nav: { label: string; url: string }[];
    /** The browse page of each configured facet by name (`country` → `/countries/`). */
    facetUrls: Partial<Record<string, string>>;
    /** The build's day, `2026-12-06` (src/site/build-time.ts). */
    builtOn: string;
  };
  plans: PlanPage[];
  browse: BrowsePage[];
  values: ValuePage[];
  /** The themes pages of the values with more themes than their page lists. */
  valueThemes: ValueThemesPage[];
  home: HomeView;
  about: AboutView;
  /** Every page path (without prefix), for the sitemap. */
  paths: string[];
  /** The sitemap files (`paths` in files of at most `sitemapSize`) and their index, if any. */
  sitemaps: Sitemaps;
}

export interface ModelOptions {
  /** Whether the source markdown of a plan is published next to its page. */
  hasSource?: (plan: LearningPlan) => boolean;
  /** When the site is built; SOURCE_DATE_EPOCH or now by default. */
  builtAt?: Date;
  /**
   * Each plan's related plans as indexes into the published plans: `compute` works them out;
   * a build may answer from its cache instead (related-cache.ts), keyed by `inputs`, a hash of
   * what the ranking reads (related.ts).
   */
  related?: (compute: () => number[][], inputs: () => string) => number[][];
}

/** Plans shown on the site: drafts are not published. */
export function publishedPlans(records: LearningPlan[]): LearningPlan[] {
  return records.filter((r) => !r.draft).sort(newestFirst);
}

/**
 * The model and what built each plan's page, so one plan's pages can be made again without the
 * rest (src/site/pages/patch.ts). Plans are by their index in `plans`, the model's order.
 */
export interface ModelParts {
  model: SiteModel;
  /** The published plans the model was built from, newest first: `model.plans` in order. */
  plans: LearningPlan[];
  /** The context the model built the page of the plan at this index with. */
  contextAt: (index: number) => PlanContext;
  /** The card of the plan at this index: the object every list of the model shows. */
  cardAt: (index: number) => CardView;
}

export function buildSiteModel(
  records: LearningPlan[],
  config: SiteConfig,
  options: ModelOptions = {},
): SiteModel {
  return buildSiteModelParts(records, config, options).model;
}

export function buildSiteModelParts(
  records: LearningPlan[],
  config: SiteConfig,
  options: ModelOptions = {},
): ModelParts {
  const plans = publishedPlans(records);
  const cache = new FacetCache();
  const indexes: FacetIndexes = {};
  for (const facet of config.facets) indexes[facet.name] = buildFacetIndex(plans, facet, cache);
  const siteUrl = withPrefix(config.baseUrl, config.pathPrefix);
  const absolute = (path: string): string => withPrefix(siteUrl, path);
  const cards = new Map(plans.map((p) => [p, cardView(p)]));
  const computeRelated = (): number[][] => {
    const index = new Map(plans.map((p, i) => [p, i]));
    const found = relatedPlans(plans, relatedCount, cache);
    return plans.map((p) => (found.get(p) ?? []).map((r) => index.get(r)!));
  };
  const relatedIndexes = options.related
    ? options.related(computeRelated, () => relatedInputs(plans, cache))
    : computeRelated();

  const contextAt = (i: number): PlanContext => ({
    indexes,
    cache,
    config,
    absolute,
    siteUrl,
    related: (relatedIndexes[i] ?? []).map((j) => cards.get(plans[j]!)!),
    hasSource: options.hasSource?.(plans[i]!) ?? false,
  });
  const planPages = plans.map((plan, i) => planPage(plan, contextAt(i)));
  const browse = config.facets.map((facet) => browsePage(indexes[facet.name]!, plans.length));
  const valueContext = {
    indexes,
    config,
    cards,
    others: new OtherFacetCounts(plans, config.facets, indexes, cache),
  };
  const values: ValuePage[] = [];
  const valueThemes: ValueThemesPage[] = [];
  const themeFacet = config.facets.find((f) => f.name === 'theme');
  for (const facet of config.facets) {
    const index = indexes[facet.name]!;
    for (const entry of index.entries) {
      values.push(...valuePages(index, entry, valueContext));
      const themes = themeFacet && valueThemesPage(index, entry, valueContext.others, themeFacet);
      if (themes) valueThemes.push(themes);
    }
  }
  const nav = [
    ...config.facets.map((f) => ({ label: f.label, url: facetPath(f.path) })),
    { label: 'Search', url: '/search/' },
    { label: 'Map', url: '/map/' },
  ];
  const paths = [
    '/',
    '/about/',
    '/search/',
    '/map/',
    ...browse.map((b) => b.url),
    ...values.map((v) => v.url),
    ...valueThemes.map((v) => v.url),
    ...planPages.map((p) => p.url),
  ];
  const model: SiteModel = {
    site: {
      ...config,
      siteUrl,
      nav,
      facetUrls: Object.fromEntries(config.facets.map((f) => [f.name, facetPath(f.path)])),
      builtOn: isoDate(options.builtAt ?? buildTime()),
    },
    plans: planPages,
    browse,
    values,
    valueThemes,
    home: homeView(plans, indexes, cards, cache),
    about: aboutView(plans, cache, planPages[0]),
    paths,
    sitemaps: sitemaps(paths, config.sitemapSize),
  };
  return {
    model,
    // A copy: a quick update replaces its plans, and the lookups below need the originals.
    plans: [...plans],
    contextAt,
    cardAt: (i) => cards.get(plans[i]!)!,
  };
}
