// A rebuild renders only the pages whose content may have changed. Each page of the paginated
// templates (a plan, a value, a browse page, a value's themes) prints one object, its `view`,
// with the site data; its render key is a hash of that view, the site data and the code that
// renders it (templates, filters, the Eleventy configuration, the dependency lock). A page whose
// key the previous build recorded is linked from the previous output (src/output/reuse.ts), and
// only the others are handed to Eleventy. The few pages that print lists of everything (home,
// about, search, map, sitemaps) are always rendered. When nothing the views are made from has
// changed (`viewsKey`), the previous build's keys are taken as they are: no view is serialised.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeVersion } from '../code-version.ts';
import type { OutputReuse } from '../output/reuse.ts';
import type { SiteModel } from '../site/pages/model.ts';
import { paginated, type ArchiveData, type PageKind } from './pages.ts';

/** The paginated kinds of page, each printed by one template from its `view`. */
const pageKinds = Object.keys(paginated) as PageKind[];

/** The renderer's own code: pages.ts reaches `.eleventy.ts` and every plugin it adds. */
const rendererEntry = fileURLToPath(new URL('./pages.ts', import.meta.url));

/** A hash of every file below `dir` (names relative to it, and bytes), in a fixed order. */
function folderHash(dir: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(dir, file)))
      .update('\0');
  return hash.digest('base64url');
}

/** What every page's key starts from: the renderer, the templates and the site data. */
export function renderBase(site: SiteModel['site'], templates: string): string {
  return createHash('sha256')
    .update(codeVersion(rendererEntry))
    .update('\0')
    .update(folderHash(templates))
    .update('\0')
    .update(JSON.stringify(site))
    .digest('base64url');
}

/** This module's code and all it reaches: the site model that makes the views, and the renderer. */
const ownCode = fileURLToPath(import.meta.url);

/**
 * What the views of the paginated pages are made from: the render base (renderer, templates,
 * site data with the configuration and the build's day), the records' key (each record's hash
 * and slug and the contact policy: src/site/files/side-keys.ts), the plans whose source is
 * published, and the code of the site model. Null when the records have no key.
 */
export function viewsKey(
  base: string,
  recordsKey: string | null,
  sources: Iterable<number>,
): string | null {
  if (recordsKey === null) return null;
  const hash = createHash('sha256')
    .update(base)
    .update('\0')
    .update(codeVersion(ownCode))
    .update('\0')
    .update(recordsKey)
    .update('\0');
  for (const index of sources) hash.update(`${index},`);
  return hash.digest('base64url');
}

/** The group in the manifest that keeps the views' key (a group of no files). */
const viewsGroup = 'page views';

/** The file a page's URL is written to, relative to the output (`/plans/x/` → plans/x/index.html). */
export function pageFile(url: string): string {
  return `${url.slice(1)}index.html`;
}

/**
 * The archive data with only the pages whose render key the previous build did not record:
 * the others are linked from the previous output. Returns that data and how many were linked.
 * `views` is the views' key (`viewsKey`); when the previous build had the same, each page's
 * key is the one it recorded.
 */
export function pagesToRender(
  archive: ArchiveData,
  base: string,
  reuse: OutputReuse,
  views: string | null = null,
): { archive: ArchiveData; linked: number } {
  const selected = { ...archive };
  let linked = 0;
  const unchanged = reuse.linkGroup(viewsGroup, views);
  for (const kind of pageKinds) {
    const kindViews: { url: string }[] = archive[kind];
    const render = kindViews.filter((view) => {
      const file = pageFile(view.url);
      const earlier = unchanged ? reuse.previousKey(file) : undefined;
      if (earlier !== undefined && reuse.linkPage(file, earlier)) {
        linked++;
        return false;
      }
      const key = createHash('sha256')
        .update(base)
        .update('\0')
        .update(kind)
        .update('\0')
        .update(JSON.stringify(view))
        .digest('base64url');
      if (reuse.linkPage(file, key)) {
        linked++;
        return false;
      }
      reuse.renderPage(file, key);
      return true;
    });
    (selected as Record<PageKind, unknown[]>)[kind] = render;
  }
  if (!unchanged) reuse.recordGroup(viewsGroup, views, []);
  return { archive: selected, linked };
}
