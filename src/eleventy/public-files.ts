// The static files of `public/`, copied to the site as they are by Eleventy's passthrough copy.
// The map's stylesheet is not among them: esbuild bundles it with Leaflet's (src/site/map/).
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { UserConfig } from '@11ty/eleventy';

export const publicDir = fileURLToPath(new URL('../../public/', import.meta.url));

/** Each file below `public/` → its place in the built site. */
export const publicFiles: Record<string, string> = {
  'styles.css': 'assets/styles.css',
  'search/search.css': 'assets/search.css',
  // At the root: browsers ask for /favicon.ico whatever the page links.
  'favicon.ico': 'favicon.ico',
  'favicon.svg': 'favicon.svg',
};

export function publicFilesPlugin(config: UserConfig): void {
  const copies: Record<string, string> = {};
  // Eleventy resolves a passthrough source from the working directory, which may be anywhere.
  for (const [file, target] of Object.entries(publicFiles)) {
    copies[relative(process.cwd(), publicDir + file)] = target;
  }
  config.addPassthroughCopy(copies);
}
