// One file per theme (`f/theme/{slug}.json`): its label and its plans by ref. Themes are not in
// the facet files every search reads, so a theme filter (a value page's "within this theme"
// link) costs its own file and nothing more for the searches without one.
import type { LearningPlan } from '../../record/schema.ts';
import { facetFiles, packRefs, type ThemeFile } from '../../common/search-format.ts';
import { defaultFacets, type FacetConfig } from '../config.ts';
import { buildFacetIndex, newestFirst } from '../facets/facet-index.ts';

const defaultThemeFacet = defaultFacets.find((f) => f.name === 'theme') ?? null;

/**
 * `plans` in ref order; `facet`: the site configuration's theme facet, null when the site has no
 * theme pages. Slugs are the theme pages' own: the same plans, grouped the same way.
 */
export function themeFileSet(
  plans: readonly LearningPlan[],
  facet: FacetConfig | null = defaultThemeFacet,
): Map<string, string> {
  const files = new Map<string, string>();
  if (facet === null) return files;
  const refOf = new Map(plans.map((plan, ref) => [plan, ref]));
  const index = buildFacetIndex([...plans].sort(newestFirst), facet);
  for (const entry of index.entries) {
    const refs = entry.plans.map((plan) => refOf.get(plan) as number).sort((a, b) => a - b);
    const file: ThemeFile = { label: entry.label, plans: packRefs(refs) };
    files.set(facetFiles.theme(entry.slug), JSON.stringify(file));
  }
  return files;
}
