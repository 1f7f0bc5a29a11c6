// The site configuration a user may give in a JSON file (`--config site.json`); every field has
// a default that suits the SDG Commons documents, so the file is optional.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { FacetName } from './facets.ts';

export const browseFacetNames = [
  'country',
  'method',
  'datasource',
  'sdg',
  'theme',
  'year',
  'type',
] as const satisfies readonly FacetName[];
export type BrowseFacetName = (typeof browseFacetNames)[number];

export const FacetConfig = z.object({
  name: z.enum(browseFacetNames),
  /** Heading of the browse page, e.g. "Countries". */
  label: z.string().min(1),
  /** Name of one value, e.g. "Country". */
  singular: z.string().min(1),
  /** The URL segment: `/countries/`. */
  path: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'a lowercase URL segment such as "countries"')
    .min(1),
});
export type FacetConfig = z.infer<typeof FacetConfig>;

export const focalPointPolicies = ['hide', 'mask', 'show'] as const;
export type FocalPointPolicy = (typeof focalPointPolicies)[number];

export const defaultFacets: FacetConfig[] = [
  { name: 'country', label: 'Countries', singular: 'Country', path: 'countries' },
  { name: 'method', label: 'Methods', singular: 'Method', path: 'methods' },
  { name: 'datasource', label: 'Data sources', singular: 'Data source', path: 'datasources' },
  { name: 'sdg', label: 'SDGs', singular: 'SDG', path: 'sdgs' },
  { name: 'theme', label: 'Themes', singular: 'Theme', path: 'themes' },
  { name: 'year', label: 'Years', singular: 'Year', path: 'years' },
  { name: 'type', label: 'Types', singular: 'Type', path: 'types' },
];

/** Where `npm start` serves the site; a published site needs its own. */
export const defaultBaseUrl = 'http://localhost:8080';

export const SiteConfig = z.object({
  title: z.string().min(1).default('SDG Commons plan archive'),
  description: z
    .string()
    .default(
      'Learning plans, solutions and experiments of the UNDP Accelerator Labs, archived from the SDG Commons.',
    ),
  /** Absolute site URL without the path prefix, used in the sitemap and Open Graph tags. */
  baseUrl: z
    .string()
    .regex(/^https?:\/\/[^/]+$/, 'an origin such as "https://example.org", without a path')
    .default(defaultBaseUrl),
  /** Where the site lives on its host: "/" or "/archive/". */
  pathPrefix: z
    .string()
    .regex(/^\/([^/?#]+\/)*$/, 'a path that starts and ends with "/", such as "/archive/"')
    .default('/'),
  facets: z.array(FacetConfig).default(defaultFacets),
  /** The contact policy for every personal detail (src/site/contact-policy.ts). */
  focalPoint: z.enum(focalPointPolicies).default('hide'),
  tileLayer: z.object({ url: z.string().url(), attribution: z.string() }).nullable().default(null),
  /** Plans per page on a value page such as /countries/kenya/. */
  pageSize: z.number().int().min(1).default(50),
});
export type SiteConfig = z.infer<typeof SiteConfig>;
export type SiteConfigInput = z.input<typeof SiteConfig>;

/** The configuration with every default filled in. */
export function resolveConfig(input: SiteConfigInput = {}): SiteConfig {
  return SiteConfig.parse(input);
}

export class SiteConfigError extends Error {
  override name = 'SiteConfigError';
}

/** Read a JSON configuration file; errors name the file and the field to fix. */
export async function loadSiteConfig(path?: string): Promise<SiteConfig> {
  if (!path) return resolveConfig();
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new SiteConfigError(
      `${path}: cannot read the site configuration as JSON (${String(error)})`,
    );
  }
  const parsed = SiteConfig.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new SiteConfigError(`${path}: invalid site configuration\n  ${issues.join('\n  ')}`);
  }
  return parsed.data;
}
