// An answer typed as a numbered list in one paragraph ("We learnt: 1. … 2. … 3. …"), the rich-text
// editor having lost its line breaks, becomes the list it was: the words before `1.` stay a
// paragraph, each item a list item. Works on mdast, so links and emphasis inside items survive.
import type { List, Paragraph, PhrasingContent, RootContent } from 'mdast';

/** `1. ` or `1) ` after a space or at the start: a number, then a space and no digit. */
const marker = /(?<=^|\s)(\d{1,2})[.)]\s+(?=\D)/g;

interface Cut {
  child: number;
  start: number;
  end: number;
}

/** The markers first, first + 1… in order through the paragraph's text. */
function markers(children: PhrasingContent[], first: number): Cut[] {
  const cuts: Cut[] = [];
  children.forEach((child, i) => {
    if (child.type !== 'text') return;
    for (const m of child.value.matchAll(marker)) {
      if (Number(m[1]) !== cuts.length + first) continue;
      cuts.push({ child: i, start: m.index, end: m.index + m[0].length });
    }
  });
  return cuts;
}

function orderedList(items: PhrasingContent[][]): List {
  return {
    type: 'list',
    ordered: true,
    start: 1,
    spread: false,
    children: items.map((item) => ({
      type: 'listItem',
      spread: false,
      children: [{ type: 'paragraph', children: item }],
    })),
  };
}

/** Whether a paragraph runs over several lines: it keeps its line breaks instead (answer.ts). */
function multiline(children: PhrasingContent[]): boolean {
  return children.some((c) => c.type === 'break' || (c.type === 'text' && c.value.includes('\n')));
}

/** The paragraph's children from one position to another, cutting text nodes at the ends. */
function slice(children: PhrasingContent[], from: Cut | null, to: Cut | null): PhrasingContent[] {
  const first = from?.child ?? 0;
  const last = to?.child ?? children.length - 1;
  const out: PhrasingContent[] = [];
  for (let i = first; i <= last; i++) {
    const child = children[i]!;
    if (child.type !== 'text') {
      out.push(child);
      continue;
    }
    const start = from && i === from.child ? from.end : 0;
    const end = to && i === to.child ? to.start : child.value.length;
    const value = child.value.slice(start, end);
    if (value !== '') out.push({ type: 'text', value });
  }
  // Trimmed at both ends, so no item starts or ends with the space around a marker.
  const head = out[0];
  if (head?.type === 'text') head.value = head.value.trimStart();
  const tail = out[out.length - 1];
  if (tail?.type === 'text') tail.value = tail.value.trimEnd();
  return out.filter((c) => c.type !== 'text' || c.value !== '');
}

/** The paragraph as an intro and an ordered list, or null when it is not an inline list. */
export function inlineList(paragraph: Paragraph): RootContent[] | null {
  const { children } = paragraph;
  if (multiline(children)) return null;
  const cuts = markers(children, 1);
  if (cuts.length < 2) return null;
  const intro = slice(children, null, cuts[0]!);
  const items = cuts.map((cut, i) => slice(children, cut, cuts[i + 1] ?? null));
  if (items.some((item) => item.length === 0)) return null;
  const list = orderedList(items);
  return intro.length > 0 ? [{ type: 'paragraph', children: intro }, list] : [list];
}

/**
 * A paragraph that starts with `1.` is already a list to CommonMark, of one item that holds
 * `2. … 3. …`: that item's markers from 2 on make the rest of the list.
 */
export function inlineListItems(list: List): List | null {
  const item = list.children[0];
  const paragraph = item?.children[0];
  if (!list.ordered || list.start !== 1 || list.children.length !== 1) return null;
  if (item!.children.length !== 1 || paragraph?.type !== 'paragraph') return null;
  if (multiline(paragraph.children)) return null;
  const cuts = markers(paragraph.children, 2);
  if (cuts.length < 1) return null;
  const first = slice(paragraph.children, null, cuts[0]!);
  const items = [
    first,
    ...cuts.map((cut, i) => slice(paragraph.children, cut, cuts[i + 1] ?? null)),
  ];
  return items.some((i) => i.length === 0) ? null : orderedList(items);
}
