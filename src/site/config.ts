// The site configuration a user may give in a JSON file (`--config site.json`); every field has
// a default that suits the SDG Commons documents, so the file is optional.
import { readFile } from 'node:fs/promises';
import { closest, distance } from 'fastest-levenshtein';
import { z } from 'zod';
import { UserError } from '../user-error.ts';
import { safeAttribution } from './attribution.ts';
import { browseFacetNames, browseFacets, type BrowseFacetName } from '../common/facets.ts';

export { browseFacetNames, type BrowseFacetName };

export const FacetConfig = z.strictObject({
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

const focalPointPolicies = ['hide', 'mask', 'show'] as const;
export type FocalPointPolicy = (typeof focalPointPolicies)[number];

export const defaultFacets: FacetConfig[] = browseFacets.map(({ name, label, singular, path }) => ({
  name,
  label,
  singular,
  path,
}));

/** The site's own top-level folders, which no facet's pages may take. */
const reservedPaths = ['search', 'map', 'plans', 'assets', 'data', 'about'];

/** Each facet needs a URL segment of its own. */
function checkFacets(facets: FacetConfig[], ctx: z.RefinementCtx): void {
  facets.forEach((facet, i) => {
    const earlier = facets.findIndex((f) => f.path === facet.path);
    const message = reservedPaths.includes(facet.path)
      ? `"${facet.path}" is taken by the site's own folders (${reservedPaths.join(', ')})`
      : earlier < i
        ? `"${facet.path}" is taken by facets.${earlier} already`
        : null;
    if (message) ctx.addIssue({ code: 'custom', path: [i, 'path'], message });
  });
}

const TileLayerConfig = z.strictObject({
  url: z.url({
    protocol: /^https?$/,
    error: 'must be an http(s) URL such as "https://tiles.example.org/{z}/{x}/{y}.png"',
  }),
  /** HTML that Leaflet shows: kept to text and http(s) links. */
  attribution: z.string().transform(safeAttribution),
});

/** What the About page says of the documents; unset, it says that it is not stated. */
const AboutConfig = z.strictObject({
  /** Where the documents come from, e.g. "The SDG Commons of the UNDP Accelerator Labs". */
  source: z.string().min(1).nullable().default(null),
  /** The documents' licence, e.g. "CC BY 4.0". */
  licence: z.string().min(1).nullable().default(null),
  /** A link to the licence's text. */
  licenceUrl: z
    .url({ protocol: /^https?$/ })
    .nullable()
    .default(null),
});

/** Where `npm start` serves the site; a published site needs its own. */
export const defaultBaseUrl = 'http://localhost:8080';

export const SiteConfig = z.strictObject({
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
  facets: z.array(FacetConfig).superRefine(checkFacets).default(defaultFacets),
  /** The contact policy for every personal detail (src/site/contact-policy.ts). */
  focalPoint: z.enum(focalPointPolicies).default('hide'),
  tileLayer: TileLayerConfig.nullable().default(null),
  /** Plans per page on a value page such as /countries/kenya/. */
  pageSize: z.number().int().min(1).default(24),
  /** URLs per sitemap file; past it the sitemap is split under an index (the protocol's limit). */
  sitemapSize: z.number().int().min(1).max(50_000).default(50_000),
  about: AboutConfig.default({ source: null, licence: null, licenceUrl: null }),
});
export type SiteConfig = z.infer<typeof SiteConfig>;
export type SiteConfigInput = z.input<typeof SiteConfig>;

export class SiteConfigError extends UserError {
  override name = 'SiteConfigError';
}

/** The keys each object of the configuration knows, for "did you mean". */
const knownKeys = new Map<string, string[]>([
  ['', Object.keys(SiteConfig.shape)],
  ['facets', Object.keys(FacetConfig.shape)],
  ['tileLayer', Object.keys(TileLayerConfig.shape)],
  ['about', Object.keys(AboutConfig.shape)],
]);

function unknownKey(key: string, path: PropertyKey[]): string {
  const known = knownKeys.get(path.filter((p) => typeof p === 'string').join('.')) ?? [];
  // Compared in lower case, so "baseurl" is one step from nothing but "baseUrl".
  const lower = known.map((k) => k.toLowerCase());
  const guess = known.length > 0 ? closest(key.toLowerCase(), lower) : '';
  const near = guess !== '' && distance(key.toLowerCase(), guess) <= 2;
  const suggestion = known[lower.indexOf(guess)];
  return `unknown key "${key}"${near ? ` (did you mean "${suggestion}"?)` : ''}`;
}

/** One line for all the problems: `unknown key "baseurl" (did you mean "baseUrl"?); ...`. */
function describeIssues(issues: z.core.$ZodIssue[]): string {
  return issues
    .flatMap((issue) => {
      const where = issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
      if (issue.code === 'unrecognized_keys')
        return issue.keys.map((key) => `${where}${unknownKey(key, issue.path)}`);
      return [`${where}${issue.message}`];
    })
    .join('; ');
}

/** The configuration with every default filled in; `source` names it in errors. */
export function resolveConfig(
  input: SiteConfigInput = {},
  source = 'the site configuration',
): SiteConfig {
  const parsed = SiteConfig.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new SiteConfigError(
    `${source} is not valid: ${describeIssues(parsed.error.issues)}. Fix it and run again.`,
  );
}

/** Read a JSON configuration file; errors name the file and the field to fix. */
export async function loadSiteConfig(path?: string): Promise<SiteConfig> {
  if (!path) return resolveConfig();
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new SiteConfigError(
      `cannot read the configuration file "${path}" (${code}). Check the path given to --config.`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new SiteConfigError(
      `the configuration file "${path}" is not valid JSON (${(error as Error).message}). Fix it and run again.`,
    );
  }
  return resolveConfig(raw as SiteConfigInput, `the configuration file "${path}"`);
}
