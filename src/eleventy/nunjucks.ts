// Nunjucks settings: autoescape stays on (document text is untrusted), and templates can extend
// `_layouts/base.njk` by a path relative to the templates folder, not only to `_includes`.
import type { UserConfig } from '@11ty/eleventy';

export function nunjucksPlugin(templatesDir: string) {
  return (config: UserConfig): void => {
    config.setNunjucksEnvironmentOptions({
      autoescape: true,
      trimBlocks: true,
      lstripBlocks: true,
    });
    config.on('eleventy.engine.njk', ({ environment }) => {
      for (const loader of environment.loaders) {
        if (loader.searchPaths && !loader.searchPaths.includes(templatesDir)) {
          loader.searchPaths.push(templatesDir);
        }
      }
    });
  };
}
