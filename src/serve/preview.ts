// A rebuild after an edit to a template, a style or client code renders every page anew, which
// takes longer than a warm build. The pages browsers have open are rendered first, from the new
// build's model, and moved over the served ones (replace-pages.ts): the reload shows the edit
// while the rest is built. Only rebuilds for such edits preview: then no live build process
// makes quick updates (serve.ts), so no other process writes the served site meanwhile.
import { readManifest } from '../output/manifest.ts';
import type { SiteModel } from '../site/pages/model.ts';
import { describeError } from '../user-error.ts';
import { replacePages } from './replace-pages.ts';

/**
 * The hook a build calls with its model (`afterModel`): renders the pages at `urls` into the
 * served site at `output`, then tells `shown` how many. A failure is said and passed over: the
 * full build makes every page right anyway.
 */
export function previewPages(
  output: string,
  urls: string[],
  shown: (pages: number) => void,
): (model: SiteModel) => Promise<void> {
  return async (model) => {
    try {
      const manifest = readManifest(output);
      if (!manifest) return;
      const pages = await replacePages({ output, manifest }, model, urls);
      if (pages > 0) shown(pages);
    } catch (error) {
      process.stderr.write(`Could not show the open pages first: ${describeError(error)}\n`);
    }
  };
}
