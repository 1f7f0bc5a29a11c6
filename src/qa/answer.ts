// The nodes of one answer → {text, html}: HTML sanitised, images lazy with real alternative
// text, checklist options read from source lines (format.md §6.22, 26, 27, 30).
import type { Nodes as MdastNodes, RootContent } from 'mdast';
import type { Element, Nodes as HastNodes, Root as HastRoot } from 'hast';
import { toHast } from 'mdast-util-to-hast';
import { raw } from 'hast-util-raw';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { escapeText } from 'entities';
import type { Answer } from '../record/schema.ts';
import { cleanInline } from '../record/text.ts';

const schema: Schema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    img: [...(defaultSchema.attributes?.img ?? []), 'loading', 'decoding'],
  },
};

const bullet = /^\s*[-*+](?:\s+(.*))?$/;

/** Options of a checklist, when every source line of the answer is a bullet line. */
function checklistOptions(nodes: RootContent[], source: string): string[] | null {
  if (!nodes.every((n) => n.type === 'list' && !n.ordered)) return null;
  const options: string[] = [];
  for (const node of nodes) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return null;
    for (const line of source.slice(start, end).split('\n')) {
      if (line.trim() === '') continue;
      const match = bullet.exec(line);
      if (!match) return null;
      const option = cleanInline(match[1] ?? '');
      if (option) options.push(option);
    }
  }
  return options;
}

/** Indented answers parse as code; they are prose typed with a leading tab, so read them as text. */
function flattenCode(nodes: RootContent[]): RootContent[] {
  return nodes.flatMap((node): RootContent[] =>
    node.type === 'code'
      ? node.value
          .split(/\n\s*\n/)
          .filter((p) => p.trim() !== '')
          .map((p) => ({ type: 'paragraph', children: [{ type: 'text', value: p.trim() }] }))
      : [node],
  );
}

function finish(tree: HastRoot, question: string): void {
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'img') {
      const alt = String(node.properties.alt ?? '').trim();
      if (alt === '' || /^missing alt text$/i.test(alt)) node.properties.alt = question || 'Image';
      node.properties.loading = 'lazy';
      node.properties.decoding = 'async';
    } else if (node.tagName === 'a' && typeof node.properties.href === 'string') {
      if (/^https?:/i.test(node.properties.href))
        node.properties.rel = ['nofollow', 'noopener', 'noreferrer'];
    }
  });
}

function normaliseText(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function renderAnswer(nodes: RootContent[], source: string, question: string): Answer {
  const options = checklistOptions(nodes, source);
  if (options) {
    const html = `<ul class="checklist">${options.map((o) => `<li>${escapeText(o)}</li>`).join('')}</ul>`;
    return { text: options.join('\n'), html, options };
  }
  const root: MdastNodes = { type: 'root', children: flattenCode(nodes) };
  let tree = toHast(root, { allowDangerousHtml: true }) as HastNodes;
  let hasRaw = false;
  visit(tree, 'raw', () => {
    hasRaw = true;
  });
  if (hasRaw) tree = raw(tree);
  const safe = sanitize(tree, schema) as HastRoot;
  finish(safe, question);
  return { text: normaliseText(toText(safe)), html: toHtml(safe) };
}
