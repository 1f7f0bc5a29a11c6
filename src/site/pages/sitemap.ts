// The sitemap files: one `sitemap.xml` while the site's URLs fit in one file, else files of at
// most `size` URLs (the protocol allows 50,000) and `sitemap.xml` as the index that lists them.
// The index keeps the one name that `robots.txt` and the footer link give.

export interface SitemapFile {
  /** Its path in the site, `/sitemap.xml` or `/sitemap-2.xml`. */
  url: string;
  /** The page paths it lists. */
  paths: string[];
}

export interface Sitemaps {
  files: SitemapFile[];
  /** The index page's list of sitemap URLs: one entry when there is an index, none without. */
  index: string[][];
}

export function sitemaps(paths: string[], size: number): Sitemaps {
  if (paths.length <= size) return { files: [{ url: '/sitemap.xml', paths }], index: [] };
  const files: SitemapFile[] = [];
  for (let start = 0; start < paths.length; start += size)
    files.push({
      url: `/sitemap-${files.length + 1}.xml`,
      paths: paths.slice(start, start + size),
    });
  return { files, index: [files.map((f) => f.url)] };
}
