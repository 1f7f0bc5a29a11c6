// Some pages of the served site rendered again from a site model and moved over their served
// files, before the full build that makes every page right: serve's quick update of edited
// documents (live-site.ts), and the open pages a rebuild shows first (preview.ts).
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { templatesDir } from '../eleventy/config.ts';
import { pageFile } from '../eleventy/page-keys.ts';
import { newEleventy, paginated, writePages, type PageKind } from '../eleventy/pages.ts';
import { forgetHashes, type Manifest } from '../output/manifest.ts';
import type { SiteModel } from '../site/pages/model.ts';

/** The served site: its folder and the manifest of the build that published it. */
export interface ServedSite {
  output: string;
  manifest: Manifest;
}

/** The pages printed by a template of their own, by URL (`/` → index.njk). */
const singlePages = new Map([
  ['/', 'index.njk'],
  ['/about/', 'about.njk'],
  ['/search/', 'search.njk'],
  ['/map/', 'map.njk'],
]);

/** Files that are not pages, or pages that print no model (404.html). */
const neverReplaced = ['404.njk', 'robots.njk', 'sitemap.njk', 'sitemap-index.njk'];

/**
 * Render the pages of `model` at `urls` (paths without the prefix) into a folder beside the
 * served site, then move each over its served file; returns how many. A URL the model has no
 * page at, or the served site has no file for (a page only the next full build adds), is left
 * out. The manifest forgets the hashes of these files and of `alsoForget`, which will change
 * soon, so the next build does not link them as the bytes it recorded.
 */
export async function replacePages(
  served: ServedSite,
  model: SiteModel,
  urls: Iterable<string>,
  alsoForget: string[] = [],
): Promise<number> {
  const servedFiles = new Set(served.manifest.files);
  const wanted = new Set([...urls].filter((url) => servedFiles.has(pageFile(url))));
  const archive = {
    ...model,
    paths: [],
    sitemaps: { files: [], index: [] },
  };
  const skip = [...neverReplaced];
  let files: string[] = [];
  for (const [kind, template] of Object.entries(paginated) as [PageKind, string][]) {
    const views: { url: string }[] = model[kind].filter((view) => wanted.has(view.url));
    (archive as Record<typeof kind, unknown[]>)[kind] = views;
    if (views.length === 0) skip.push(template);
    files.push(...views.map((view) => pageFile(view.url)));
  }
  for (const [url, template] of singlePages) {
    if (wanted.has(url)) files.push(pageFile(url));
    else skip.push(template);
  }
  files = [...new Set(files)];
  if (files.length === 0) return 0;
  const staging = await mkdtemp(join(dirname(served.output), '.plan-archive-patch-'));
  try {
    const rendered = await writePages(
      newEleventy(templatesDir, staging, { site: model.site, archive }, undefined, skip),
    );
    // A template this module does not know renders all its pages on every call, for nothing.
    if (rendered !== files.length)
      throw new Error(`rendered ${rendered} pages to replace ${files.length}`);
    await forgetHashes(served.output, [...files, ...alsoForget], served.manifest);
    // Each rename replaces one file at once: a request sees the old page or the new one.
    for (const file of files) await rename(join(staging, file), join(served.output, file));
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return files.length;
}
