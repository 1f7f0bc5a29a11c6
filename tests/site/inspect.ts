// Helpers for the integration tests: walk a built site, resolve its internal links, and find
// anything in it that could run script.
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { glob } from 'tinyglobby';
import { parseHTML } from 'linkedom';

export async function htmlFiles(dir: string): Promise<string[]> {
  return (await glob('**/*.html', { cwd: dir, dot: true })).sort();
}

export async function loadDocument(dir: string, file: string): Promise<Document> {
  return parseHTML(await readFile(join(dir, file), 'utf8')).document;
}

/** The built file an internal URL points to, or null when nothing was built there. */
export function resolveInternal(dir: string, prefix: string, url: string): string | null {
  const path = decodeURIComponent(url.split(/[?#]/)[0] ?? '');
  if (!path.startsWith(prefix)) return null;
  const target = join(dir, path.slice(prefix.length));
  if (existsSync(target) && statSync(target).isFile()) return relative(dir, target);
  const index = join(target, 'index.html');
  return existsSync(index) ? relative(dir, index) : null;
}

/** Every `href`/`src`/`action` value of a page that stays on this site. */
export function internalUrls(doc: Document): string[] {
  const out: string[] = [];
  for (const el of doc.querySelectorAll('[href], [src], form[action]')) {
    for (const name of ['href', 'src', 'action']) {
      const value = el.getAttribute(name);
      if (value === null) continue;
      if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//') || value.startsWith('#'))
        continue;
      out.push(value);
    }
  }
  return out;
}

/** Script our templates put on reading pages, identified by content or by source. */
export function isOwnScript(script: Element, prefix: string): boolean {
  const type = script.getAttribute('type');
  if (type === 'application/ld+json') return true;
  const src = script.getAttribute('src');
  if (src !== null) return src.startsWith(`${prefix}assets/`);
  return (script.textContent ?? '').includes("getElementById('site-search')");
}

/** Anything in a page through which a document could run script. */
export function executableContent(doc: Document, prefix: string): string[] {
  const found: string[] = [];
  for (const script of doc.querySelectorAll('script')) {
    if (!isOwnScript(script, prefix)) found.push(`script: ${script.outerHTML.slice(0, 120)}`);
  }
  for (const el of doc.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) found.push(`${el.tagName} ${attr.name}="${attr.value}"`);
      if (
        ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc'].includes(
          attr.name.toLowerCase(),
        )
      ) {
        if (/^\s*(javascript|data|vbscript):/i.test(attr.value))
          found.push(`${el.tagName} ${attr.name}="${attr.value}"`);
      }
    }
  }
  for (const tag of ['iframe', 'object', 'embed', 'frame', 'base', 'meta[http-equiv]']) {
    for (const el of doc.querySelectorAll(tag))
      found.push(`element: ${el.outerHTML.slice(0, 120)}`);
  }
  return found;
}
