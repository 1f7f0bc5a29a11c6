// A fast `url` filter: Eleventy's own validates each URL and costs about 40 µs a call, which on
// tens of thousands of pages with dozens of links each is most of the build. Site paths here
// are always root-relative and already URL-safe, so joining with the prefix is enough.
import type { UserConfig } from '@11ty/eleventy';
import { withPrefix } from '../site/urls.ts';

export function prefixUrl(prefix: string, url: unknown): string {
  const text = String(url ?? '');
  // Absolute and protocol-relative URLs, fragments and queries pass through untouched.
  if (!text.startsWith('/') || text.startsWith('//')) return text;
  return prefix === '/' ? text : withPrefix(prefix, text);
}

export function urlPlugin(pathPrefix: string) {
  return (config: UserConfig): void => {
    config.addFilter('url', (url: unknown) => prefixUrl(pathPrefix, url));
  };
}
