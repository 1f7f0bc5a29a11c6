// Content nested beyond `maxDepth` is flattened before parsing: every stage after micromark
// (mdast transforms, parse5, hast utilities) recurses once per level, so 10,000 nested `>` or
// `<div>` overflow the stack. A line whose container markers (`>`, `-`, `1.`) go deeper has
// the first marker past the limit escaped, so the rest of the line is text; `*` and `_` past
// the limit in one run are escaped (a run opens as many emphases as it has characters); HTML
// tags opened past the limit are dropped with their closing tags, their text kept.
export const maxDepth = 64;

export interface Flattened {
  text: string;
  /** Where the first flattened content was, 1-based; null when nothing was nested too deep. */
  at: { line: number; column: number } | null;
  /** How many lines were changed. */
  lines: number;
}

const voidTags = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

const thematicBreak = /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const longRun = new RegExp(`(?<![*_])([*_])\\1{${maxDepth},}`);

/** Tags whose next opening closes the open one (`<li>` after `<li>`), as HTML parsers do. */
const selfEnding = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option']);

/** Only tags are read here (no `<` inside), so every match is found in one pass. */
const tagPattern = /<(\/?)([a-z][a-z0-9-]*)(?:[\s/][^<>]*)?>/gi;

export function flattenDeepNesting(text: string): Flattened {
  let at: Flattened['at'] = null;
  let changed = 0;
  const kept: string[] = [];
  let dropped = 0;
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    let line = lines[n]!;
    // Each question's answer is rendered on its own: its open tags end with it.
    if (/^[ \t]*[#>]/.test(line)) {
      kept.length = 0;
      dropped = 0;
    }
    const marker = deepMarker(line);
    if (marker !== -1) line = `${line.slice(0, marker)}\\${line.slice(marker)}`;
    let firstAt = -1;
    if (longRun.test(line) && !thematicBreak.test(line)) {
      line = line.replace(
        new RegExp(longRun, 'g'),
        (run: string, _c: string, at: number, all: string) => {
          // A run with a space or nothing on both sides can neither open nor close emphasis.
          if (/^\s?$/.test(all.charAt(at - 1)) && /^\s?$/.test(all.charAt(at + run.length)))
            return run;
          if (firstAt === -1) firstAt = at + maxDepth;
          return run.slice(0, maxDepth) + run.slice(maxDepth).replace(/[*_]/g, '\\$&');
        },
      );
    }
    if (line.includes('<')) {
      line = line.replace(
        tagPattern,
        (tag: string, close: string, name: string, offset: number) => {
          const lower = name.toLowerCase();
          if (voidTags.has(lower) || tag.endsWith('/>')) return tag;
          if (close) {
            if (dropped > 0) {
              dropped--;
              if (firstAt === -1) firstAt = offset;
              return '';
            }
            const open = kept.lastIndexOf(lower);
            if (open !== -1) kept.length = open;
            return tag;
          }
          if (selfEnding.has(lower) && kept.at(-1) === lower) kept.pop();
          if (kept.length < maxDepth) {
            kept.push(lower);
            return tag;
          }
          dropped++;
          if (firstAt === -1) firstAt = offset;
          return '';
        },
      );
    }
    if (marker !== -1 || firstAt !== -1) {
      changed++;
      at ??= { line: n + 1, column: (marker !== -1 ? marker : firstAt) + 1 };
      lines[n] = line;
    }
  }
  return { text: changed > 0 ? lines.join('\n') : text, at, lines: changed };
}

/** The offset of the first container marker past `maxDepth` on a line, or -1. */
function deepMarker(line: string): number {
  // `- - -` and `* * *` are thematic breaks, not lists.
  if (thematicBreak.test(line)) return -1;
  let depth = 0;
  let i = 0;
  for (;;) {
    while (line[i] === ' ' || line[i] === '\t') i++;
    const start = i;
    if (line[i] === '>') i++;
    else if ((line[i] === '-' || line[i] === '*' || line[i] === '+') && isSpace(line[i + 1])) i++;
    else {
      while (i - start < 9 && line[i]! >= '0' && line[i]! <= '9') i++;
      if (i === start || (line[i] !== '.' && line[i] !== ')') || !isSpace(line[i + 1])) return -1;
      i++;
    }
    if (++depth > maxDepth) return start;
  }
}

function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === undefined;
}
