// The Eleventy configuration, as eleventy-base-blog keeps it: the folders, the Nunjucks settings
// and the local plugins, each in a file of its own here. `.eleventy.ts` at the top is the entry
// that points here; src/eleventy/pages.ts adds what changes with each build (data, prefix).
import { fileURLToPath } from 'node:url';
import type { UserConfig } from '@11ty/eleventy';
import { cardsPlugin } from './cards.ts';
import { filtersPlugin } from './filters.ts';
import { navPlugin } from './nav.ts';
import { publicFilesPlugin } from './public-files.ts';

/** The templates: pages at the top, layouts and partials in `_includes/`. */
export const templatesDir = fileURLToPath(new URL('../../templates', import.meta.url));

export default function eleventyConfig(config: UserConfig): void {
  // Layouts are in `_includes/layouts/` and chained with `layout:`, as Eleventy's starter has them.
  config.setIncludesDirectory('_includes');
  config.setTemplateFormats(['njk']);
  // Document text is untrusted: autoescape stays on.
  config.setNunjucksEnvironmentOptions({ autoescape: true, trimBlocks: true, lstripBlocks: true });
  // The output folder may sit inside the repository; .gitignore must not hide templates.
  config.setUseGitIgnore(false);
  config.addPlugin(filtersPlugin);
  config.addPlugin(cardsPlugin);
  config.addPlugin(navPlugin);
  config.addPlugin(publicFilesPlugin);
}
