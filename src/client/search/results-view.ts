// The result list: one item per plan, its title a link to the plan page, then type, year,
// countries and a snippet with the query's words marked.
import { el } from './dom.ts';
import type { DisplayEntry } from '../../common/search-format.ts';
import { markPieces, renderPieces, snippetPieces, type Highlight } from './snippet.ts';

export function planUrl(siteRoot: string, slug: string): string {
  return `${siteRoot}plans/${encodeURIComponent(slug)}/`;
}

export function resultItem(
  entry: DisplayEntry,
  siteRoot: string,
  highlight: Highlight,
): HTMLLIElement {
  const link = el('a', { href: planUrl(siteRoot, entry.s), class: 'result-link' });
  renderPieces(link, markPieces(entry.t, highlight));
  const meta = [entry.y, entry.r === null ? '' : String(entry.r), entry.c.join(', ')]
    .filter((part) => part !== '')
    .join(' · ');
  const snippet = el('p', { class: 'result-snippet' });
  renderPieces(snippet, snippetPieces(entry.x, highlight));
  return el(
    'li',
    { class: 'result' },
    el('h2', { class: 'result-title' }, link),
    el('p', { class: 'result-meta' }, meta),
    entry.x === '' ? null : snippet,
  );
}
