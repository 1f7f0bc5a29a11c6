// schema.org JSON-LD for a plan page. Values come from documents, so the serialisation must not
// let a value close the <script> element or start an HTML comment: `<`, `>` and `&` become
// \u escapes, which JSON parsers read back as the same characters.
import type { LearningPlan } from '../../record/schema.ts';
import { sdgNames } from '../facets/sdg.ts';

export function serialiseJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export interface JsonLdContext {
  /** Absolute URL of the plan page. */
  url: string;
  /** Absolute URL of the home page. */
  siteUrl: string;
  siteTitle: string;
  typeLabel: string;
}

export function planJsonLd(plan: LearningPlan, ctx: JsonLdContext): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    '@id': ctx.url,
    url: ctx.url,
    name: plan.fullTitle ?? plan.title,
    headline: plan.title,
    description: plan.summary || undefined,
    genre: ctx.typeLabel,
    inLanguage: plan.language === 'und' ? undefined : plan.language,
    dateCreated: plan.year === null ? undefined : String(plan.year),
    keywords: [...plan.methods, ...plan.thematicAreas].map((f) => f.value),
    about: plan.sdgs.map((s) => ({
      '@type': 'Thing',
      name: `SDG ${s.goal}: ${sdgNames[s.goal - 1] ?? s.label}`,
    })),
    spatialCoverage: plan.countries.map((name) => ({ '@type': 'Place', name })),
    isPartOf: { '@type': 'WebSite', name: ctx.siteTitle, url: ctx.siteUrl },
  };
}
