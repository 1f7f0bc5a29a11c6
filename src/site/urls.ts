// Site paths, without the path prefix: templates add it with Eleventy's `url` filter and the
// JS writers with `withPrefix`, so one place decides every URL.

export function planPath(slug: string): string {
  return `/plans/${slug}/`;
}

export function sourcePath(slug: string): string {
  return `/plans/${slug}/source.md`;
}

export function facetPath(facetPath: string): string {
  return `/${facetPath}/`;
}

/** `/methods/mapping/`, `/methods/mapping/page/2/`. */
export function valuePath(facetPath: string, slug: string, page = 1): string {
  return page > 1 ? `/${facetPath}/${slug}/page/${page}/` : `/${facetPath}/${slug}/`;
}

/**
 * `/countries/kenya/themes/`: every theme within a value. It sits in the value's own folder, where
 * only `page/2/` lives besides, so no value slug (never holding a `/`) or page number can reach it.
 */
export function valueThemesPath(facetPath: string, slug: string): string {
  return `${valuePath(facetPath, slug)}themes/`;
}

/** `/archive/` + `/plans/x/` → `/archive/plans/x/`. */
export function withPrefix(prefix: string, path: string): string {
  return `${prefix.replace(/(?<!\/)\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/**
 * The search page filtered to plans having every one of these values (`/search/?country=kenya&
 * method=mapping`): the URL parameters src/client/filters.ts reads, facet keys as values.
 */
export function searchPath(filters: readonly { facet: string; key: string }[]): string {
  const params = new URLSearchParams(filters.map((f): [string, string] => [f.facet, f.key]));
  return `/search/?${params.toString()}`;
}
