// Eleventy 3.1 keeps every page it has written until the build ends: each page's template caches
// its finished HTML, and `write()` resolves with the HTML of every page. The main thread so held
// the whole rendered site (about 1 GB of strings for 60,000 documents) and ran out of heap at
// 95% of the pages. Once a page is on disk, nothing reads either copy again in a build that
// writes files, so both are let go here. Template is not among Eleventy's public exports; like
// the event bus (layout-cache.ts) it is found beside the package's entry file.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

interface PageEntry {
  template: { _cacheRenderedTransformsAndLayoutsPromise?: unknown };
}
type Write = (page: PageEntry, content: unknown) => Promise<{ content?: unknown } | undefined>;

const entry = createRequire(import.meta.url).resolve('@11ty/eleventy');
const Template = (
  (await import(pathToFileURL(join(dirname(entry), 'Template.js')).href)) as {
    default: { prototype: { _write: Write } };
  }
).default;

let patched = false;

/** From now on, every Eleventy of this process drops a page's HTML once it is written. */
export function releaseWrittenPages(): void {
  if (patched) return;
  patched = true;
  // `_write` writes one page (of a paginated template too) and returns what write() reports.
  const write = Template.prototype._write;
  Template.prototype._write = async function (this: unknown, page, content) {
    const written = await write.call(this, page, content);
    delete page.template._cacheRenderedTransformsAndLayoutsPromise;
    if (written) written.content = undefined;
    return written;
  };
}
