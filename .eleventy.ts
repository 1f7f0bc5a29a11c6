// Eleventy configuration: small on purpose. Local plugins live in src/eleventy/, one per concern;
// the records arrive as global data from src/build.ts, which also sets input, output and prefix.
import { fileURLToPath } from 'node:url';
import type { UserConfig } from '@11ty/eleventy';
import { cardsPlugin } from './src/eleventy/cards.ts';
import { filtersPlugin } from './src/eleventy/filters.ts';
import { navPlugin } from './src/eleventy/nav.ts';
import { nunjucksPlugin } from './src/eleventy/nunjucks.ts';
import { publicFilesPlugin } from './src/eleventy/public-files.ts';

export const templatesDir = fileURLToPath(new URL('./templates/', import.meta.url)).replace(
  /\/$/,
  '',
);

export default function eleventyConfig(config: UserConfig): void {
  config.setIncludesDirectory('_includes');
  config.setLayoutsDirectory('_layouts');
  config.setTemplateFormats(['njk']);
  // The output folder may sit inside the repository; .gitignore must not hide templates.
  config.setUseGitIgnore(false);
  config.addPlugin(nunjucksPlugin(templatesDir));
  config.addPlugin(filtersPlugin);
  config.addPlugin(cardsPlugin);
  config.addPlugin(navPlugin);
  config.addPlugin(publicFilesPlugin);
}
