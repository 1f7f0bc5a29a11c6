// A tile layer's attribution is HTML that Leaflet puts on the page as it is. From the site's
// configuration it is kept to text and http(s) links, so no configuration can run a script on
// the map page.
import type { Root } from 'hast';
import { raw } from 'hast-util-raw';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';

const schema: Schema = {
  tagNames: ['a'],
  attributes: { a: ['href'] },
  protocols: { href: ['http', 'https'] },
  strip: ['script', 'style'],
};

/** `&copy; <a href="https://osm.org/copyright">OpenStreetMap</a>` stays; anything else is text. */
export function safeAttribution(html: string): string {
  const tree: Root = { type: 'root', children: [{ type: 'raw', value: html }] };
  return toHtml(sanitize(raw(tree), schema));
}
