// The plain text of sanitised answer HTML, as a browser's `innerText` gives it: block elements
// on lines of their own, a blank line around paragraphs, `<br>` a line break, whitespace
// collapsed outside `<pre>`. hast-util-to-text does this too, but concatenates its lists once
// per child, which takes seconds on an answer of 10,000 lines; this walk is linear.
import type { Nodes } from 'hast';

const blocks = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'figure',
  'figcaption',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'listing',
  'main',
  'menu',
  'nav',
  'ol',
  'plaintext',
  'pre',
  'section',
  'ul',
  'xmp',
]);
const hidden = new Set([
  'datalist',
  'head',
  'noembed',
  'noframes',
  'noscript',
  'rp',
  'script',
  'style',
  'template',
  'title',
]);
const preformatted = new Set(['pre', 'listing', 'plaintext', 'xmp', 'textarea']);

/** A string, or a required number of line breaks (the largest of a run counts). */
type Part = string | number;

/** Bidi controls are dropped from collapsed text, as CSS does (hast-util-to-text did too). */
const bidi = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

interface Entry {
  node: Nodes | Part;
  pre: boolean;
  /** A later sibling is a row (for a `tr`) or a cell (for a `td`/`th`): a tab or LF follows. */
  more: boolean;
}

export function innerText(tree: Nodes): string {
  const parts: Part[] = [];
  // An explicit stack, so deeply nested HTML cannot overflow the call stack.
  const stack: Entry[] = [{ node: tree, pre: false, more: false }];
  while (stack.length > 0) {
    const { node, pre, more } = stack.pop()!;
    if (typeof node === 'string' || typeof node === 'number') {
      parts.push(node);
    } else if (node.type === 'text') {
      parts.push(pre ? node.value : node.value.replace(bidi, '').replace(/[\t\n\f\r ]+/g, ' '));
    } else if (node.type === 'root' || node.type === 'element') {
      const name = node.type === 'element' ? node.tagName : '';
      if (node.type === 'element' && (hidden.has(name) || node.properties.hidden)) continue;
      const inPre = pre || preformatted.has(name);
      const around = name === 'p' ? 2 : blocks.has(name) ? 1 : 0;
      const after: Part[] = name === 'br' ? ['\n'] : [];
      if (more) after.push(name === 'tr' ? '\n' : '\t');
      if (around) after.push(around);
      for (let i = after.length - 1; i >= 0; i--)
        stack.push({ node: after[i]!, pre: inPre, more: false });
      let row = false;
      let cell = false;
      for (let i = node.children.length - 1; i >= 0; i--) {
        const child = node.children[i]!;
        const tag = child.type === 'element' ? child.tagName : '';
        const isRow = tag === 'tr';
        const isCell = tag === 'td' || tag === 'th';
        stack.push({ node: child, pre: inPre, more: (isRow && row) || (isCell && cell) });
        row ||= isRow;
        cell ||= isCell;
      }
      if (around) stack.push({ node: around, pre: inPre, more: false });
    }
  }
  return join(parts);
}

/**
 * Runs of break counts become that many line feeds, none at the start or the end; a text that is
 * one collapsed space counts only between two texts on one line (the newline between two `<li>`).
 */
function join(parts: Part[]): string {
  let out = '';
  let pending = 0;
  let space = false;
  for (const part of parts) {
    if (typeof part === 'number') {
      pending = Math.max(pending, part);
      space = false;
    } else if (part === ' ') {
      space = pending === 0 && out !== '';
    } else if (part !== '') {
      if (pending > 0 && out !== '') out += '\n'.repeat(pending);
      else if (space) out += ' ';
      pending = 0;
      space = false;
      out += part;
    }
  }
  return out;
}
