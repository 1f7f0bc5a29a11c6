// The one facet table: every facet a plan can be browsed or filtered by, with its default names.
// The site configuration's defaults, the browse pages, the search and map filters and their
// headings all derive from it. Adding a facet: a row here, its values in
// src/site/facets/values.ts.

interface FacetRow {
  name: string;
  /** Heading of its browse page and its name in the navigation: "Countries". */
  label: string;
  /** Name of one value and the heading of its filter: "Country". */
  singular: string;
  /** Default URL segment of its browse pages (`/countries/`); null: no browse pages. */
  path: string | null;
  /** Place among the search and map filters; null: not a filter. */
  filter: number | null;
}

/** In the default order of the navigation and the home page. */
export const facetTable = [
  { name: 'country', label: 'Countries', singular: 'Country', path: 'countries', filter: 4 },
  { name: 'method', label: 'Methods', singular: 'Method', path: 'methods', filter: 5 },
  {
    name: 'datasource',
    label: 'Data sources',
    singular: 'Data source',
    path: 'datasources',
    filter: 6,
  },
  { name: 'sdg', label: 'SDGs', singular: 'SDG', path: 'sdgs', filter: 7 },
  { name: 'theme', label: 'Themes', singular: 'Theme', path: 'themes', filter: null },
  { name: 'year', label: 'Years', singular: 'Year', path: 'years', filter: 2 },
  { name: 'type', label: 'Types', singular: 'Type', path: 'types', filter: 1 },
  { name: 'region', label: 'Regions', singular: 'Region', path: null, filter: 3 },
] as const satisfies readonly FacetRow[];

type Row = (typeof facetTable)[number];
type BrowseRow = Extract<Row, { path: string }>;
type FilterRow = Extract<Row, { filter: number }>;

export type FacetName = Row['name'];
/** A facet with browse pages, which the site configuration may rename or leave out. */
export type BrowseFacetName = BrowseRow['name'];
/** A facet the search page and the map filter by; also its URL parameter. */
export type FilterFacet = FilterRow['name'];

const rows = new Map<FacetName, Row>(facetTable.map((row) => [row.name, row]));

/** A facet's row: its default names, for a facet the site configuration leaves out. */
export function facetDefaults(name: FacetName): Row {
  return rows.get(name) as Row;
}

export const browseFacets: readonly BrowseRow[] = facetTable.filter(
  (row): row is BrowseRow => row.path !== null,
);
export const browseFacetNames: readonly BrowseFacetName[] = browseFacets.map((row) => row.name);

export const filterFacets: readonly FilterFacet[] = facetTable
  .filter((row): row is FilterRow => row.filter !== null)
  .sort((a, b) => a.filter - b.filter)
  .map((row) => row.name);

/** The heading of each filter, as the site configuration names the facet. */
export type FacetTitles = Record<FilterFacet, string>;

/** Filter headings: a facet's configured `singular` where given, else the table's. */
export function facetTitles(
  configured: readonly { name: string; singular: string }[] = [],
): FacetTitles {
  const titles = {} as FacetTitles;
  for (const facet of filterFacets) {
    titles[facet] =
      configured.find((c) => c.name === facet)?.singular ?? facetDefaults(facet).singular;
  }
  return titles;
}

/** Whether the search page and the map filter by this facet (its values can go in their URL). */
export function isFilterFacet(name: string): name is FilterFacet {
  return (filterFacets as readonly string[]).includes(name);
}
