// The nodes of one answer → {text, html}: HTML sanitised and finished (images lazy with real
// alternative text, safe links), checklist options read from source lines, line breaks kept
// (format.md §6.22, 26, 27, 30).
import type { Nodes as MdastNodes, RootContent } from 'mdast';
import type { Element, Nodes as HastNodes, Root as HastRoot, Text as HastText } from 'hast';
import { newlineToBreak } from 'mdast-util-newline-to-break';
import { toHast } from 'mdast-util-to-hast';
import { raw } from 'hast-util-raw';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { innerText } from './inner-text.ts';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { escapeText } from 'entities';
import type { Answer } from '../record/schema.ts';
import type { PlanTag } from '../mdast/tag.ts';
import { cleanInline } from '../record/text.ts';
import { inlineList, inlineListItems } from './inline-list.ts';

const schema: Schema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    img: [...(defaultSchema.attributes?.img ?? []), 'loading', 'decoding'],
  },
};

const bullet = /^\s*[-*+](?:\s(.*))?$/;

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

/** Raw HTML that already ends a line: `<br>`, `</div>`, `<div><br></div>` and the like. */
const endsLine = /<(?:br\s*\/?|\/(?:div|p|li|ul|ol|table|tr|h[1-6]))>\s*$/i;

/** The newline after raw HTML that ends a line is the source's, not a second break. */
function dropNewlinesAfterHtmlBreaks(tree: MdastNodes): void {
  visit(tree, 'text', (node, index, parent) => {
    const previous = parent && index !== undefined ? parent.children[index - 1] : undefined;
    if (previous?.type === 'html' && endsLine.test(previous.value))
      node.value = node.value.replace(/^[ \t]*\r?\n/, '');
  });
}

/**
 * Whether any node of the tree passes `test`: a plain walk that stops at the first, cheaper than
 * unist-util-visit for the yes-or-no questions asked of every answer.
 */
function some(
  tree: MdastNodes | HastNodes,
  test: (node: MdastNodes | HastNodes) => boolean,
): boolean {
  const stack: (MdastNodes | HastNodes)[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (test(node)) return true;
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
  return false;
}

/** Whether any text has a line ending; most answers have none, and are not copied. */
function hasSoftBreak(tree: MdastNodes): boolean {
  return some(tree, (node) => node.type === 'text' && node.value.includes('\n'));
}

/** A tag line inside an answer's blockquote or list is text the writer typed (src/syntax/tag.ts). */
function tagAsWritten(_state: unknown, node: PlanTag): HastText {
  return { type: 'text', value: `[[${node.key}:${node.value}]]` };
}

const outbound = ['nofollow', 'noopener', 'noreferrer'];

/**
 * The one place answer HTML is finished, so `plans.json` holds what the pages show: images get
 * alternative text (the question they answer) and load lazily; an image whose unsafe source the
 * sanitiser removed is dropped, as it shows nothing; `[site](www.example.org)` means the web
 * address, not a page of this site; links out give the target no handle on the page.
 */
function finish(tree: HastRoot, question: string): void {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName === 'img') {
      if (typeof node.properties.src !== 'string' || node.properties.src === '') {
        if (parent && index !== undefined) parent.children.splice(index, 1);
        return [SKIP, index];
      }
      const alt = String(node.properties.alt ?? '').trim();
      if (alt === '' || /^missing alt text$/i.test(alt)) node.properties.alt = question || 'Image';
      node.properties.loading = 'lazy';
      node.properties.decoding = 'async';
    } else if (node.tagName === 'a' && typeof node.properties.href === 'string') {
      if (/^www\./i.test(node.properties.href))
        node.properties.href = `https://${node.properties.href}`;
      if (/^(?:https?:)?\/\//i.test(node.properties.href)) node.properties.rel = [...outbound];
    }
    return CONTINUE;
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

/** Paragraphs that are numbered lists typed inline, as lists; `onList` hears of each. */
function withInlineLists(nodes: RootContent[], onList: () => void): RootContent[] {
  return nodes.flatMap((node): RootContent[] => {
    const list =
      node.type === 'paragraph'
        ? inlineList(node)
        : node.type === 'list'
          ? inlineListItems(node)
          : null;
    if (!list) return [node];
    onList();
    return Array.isArray(list) ? list : [list];
  });
}

export function renderAnswer(
  nodes: RootContent[],
  source: string,
  question: string,
  onInlineList: () => void = () => {},
): Answer {
  const options = checklistOptions(nodes, source);
  if (options) {
    const html = `<ul class="checklist">${options.map((o) => `<li>${escapeText(o)}</li>`).join('')}</ul>`;
    return { text: options.join('\n'), html, options };
  }
  // Answers were typed in a rich-text editor: a single newline is a line break the author typed
  // (budgets, one item a line), not a soft wrap. A copy, so the document's tree stays as parsed.
  let root: MdastNodes = {
    type: 'root',
    children: withInlineLists(flattenCode(nodes), onInlineList),
  };
  if (hasSoftBreak(root)) {
    root = structuredClone(root);
    dropNewlinesAfterHtmlBreaks(root);
    newlineToBreak(root);
  }
  let tree = toHast(root, {
    allowDangerousHtml: true,
    handlers: { planTag: tagAsWritten },
  }) as HastNodes;
  if (some(tree, (node) => node.type === 'raw')) tree = raw(tree);
  const safe = sanitize(tree, schema) as HastRoot;
  finish(safe, question);
  return { text: normaliseText(innerText(safe)), html: toHtml(safe) };
}
