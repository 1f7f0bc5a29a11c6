// Content nested beyond `maxDepth` is flattened before parsing: every stage after micromark
// (mdast transforms, parse5, hast utilities) recurses once per level, so 10,000 nested `>` or
// `<div>` overflow the stack. A line whose container markers (`>`, `-`, `1.`) go deeper has
// the first marker past the limit escaped, so the rest of the line is text; `*` and `_` past
// the limit in one run are escaped (a run opens as many emphases as it has characters); HTML
// tags opened past the limit are dropped with their closing tags, their text kept.
export const maxDepth = 64;

// micromark matches emphasis (`*`, `_`, `~`) and link brackets over a whole paragraph in time
// super-linear in their number: 10^4 nested `*a … a*` take 25 s, 10^4 `[a … ](b)` take 10 s.
// Measured (remark-parse + GFM, loaded 2-core machine): 500 emphasis runs take 0.15 s, 1,000 take
// 0.5 s, 2,000 take 1.5 s; 1,000 `[` and `]` of links take 0.16 s. Past `maxDelimiters` of one
// kind in one paragraph, the rest are escaped with a backslash, so they show as the same text.
export const maxDelimiters = 500;

export interface Flattened {
  text: string;
  /** Where the first flattened content was, 1-based; null when nothing was nested too deep. */
  at: { line: number; column: number } | null;
  /** How many lines were changed. */
  lines: number;
  /** What the first flattened content was: nesting, or too many emphasis or bracket delimiters. */
  reason: 'depth' | 'delimiters' | null;
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
const longRuns = new RegExp(longRun, 'g');

/** Tags whose next opening closes the open one (`<li>` after `<li>`), as HTML parsers do. */
const selfEnding = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option']);

/** Only tags are read here (no `<` inside), so every match is found in one pass. */
const tagPattern = /<(\/?)([a-z][a-z0-9-]*)(?:[\s/][^<>]*)?>/gi;

export function flattenDeepNesting(text: string): Flattened {
  let at: Flattened['at'] = null;
  let changed = 0;
  const kept: string[] = [];
  let dropped = 0;
  let reason: Flattened['reason'] = null;
  const paragraph = new Delimiters();
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
      line = line.replace(longRuns, (run: string, _c: string, at: number, all: string) => {
        if (isFreeRun(all, at, at + run.length)) return run;
        if (firstAt === -1) firstAt = at + maxDepth;
        return run.slice(0, maxDepth) + run.slice(maxDepth).replace(/[*_]/g, '\\$&');
      });
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
    const escaped = paragraph.cap(line);
    if (marker !== -1 || firstAt !== -1 || escaped.at !== -1) {
      changed++;
      if (!at) {
        const column = marker !== -1 ? marker : firstAt !== -1 ? firstAt : escaped.at;
        at = { line: n + 1, column: column + 1 };
        reason = column === escaped.at ? 'delimiters' : 'depth';
      }
      lines[n] = escaped.line;
    }
  }
  return { text: changed > 0 ? lines.join('\n') : text, at, lines: changed, reason };
}

const fence = /^([ \t>]*)(`{3,}(?!.*`)|~{3,})/;
const delimiter = /[\\*_~[\]]/g;
const blockBoundary = /^[ \t]*(?:>[ \t]*)*(?:$|#{1,6}(?:[ \t]|$)|\[\[[^:\]\n]+:[^\n]*\]\][ \t]*$)/;

/**
 * Counts emphasis runs and link brackets through one paragraph (lines up to a blank line, a
 * heading, a tag line or a fence) and escapes those past `maxDelimiters`. Counting across
 * blocks only makes the cap stricter, never looser; lines inside fenced code are left alone.
 */
class Delimiters {
  private emphasis = 0;
  private brackets = 0;
  /** The open fence's marker and the width of what precedes it (indent, `>`), or null. */
  private fence: { marker: string; indent: number } | null = null;

  cap(line: string): { line: string; at: number } {
    const match = fence.exec(line);
    if (this.fence && !blockBoundary.test(line)) {
      // A line less indented than the fence (or outside its quote) ends the fence's container.
      const indent = /^[ \t>]*/.exec(line)![0].length;
      if (indent < this.fence.indent) this.fence = null;
    }
    if (this.fence || match) {
      if (!this.fence) this.fence = { marker: match![2]!, indent: match![1]!.length };
      else if (match?.[2]!.startsWith(this.fence.marker)) this.fence = null;
      this.emphasis = this.brackets = 0;
      return { line, at: -1 };
    }
    if (blockBoundary.test(line) || thematicBreak.test(line)) {
      this.emphasis = this.brackets = 0;
      return { line, at: -1 };
    }
    let out = '';
    let from = 0;
    let at = -1;
    // Only these characters count; the loop jumps from one to the next.
    delimiter.lastIndex = 0;
    for (let found = delimiter.exec(line); found; found = delimiter.exec(line)) {
      const i = found.index;
      const char = found[0];
      let end = i + 1;
      let over = false;
      if (char === '\\') end++;
      else if (char === '*' || char === '_' || char === '~') {
        while (line[end] === char) end++;
        over = !isFreeRun(line, i, end) && ++this.emphasis > maxDelimiters;
      } else if (char === '[' || char === ']') over = ++this.brackets > maxDelimiters;
      if (over) {
        if (at === -1) at = out.length + i - from;
        out += line.slice(from, i) + line.slice(i, end).replace(/[*_~[\]]/g, '\\$&');
        from = end;
      }
      delimiter.lastIndex = end;
    }
    return at === -1 ? { line, at } : { line: out + line.slice(from), at };
  }
}

/** The offset of the first container marker past `maxDepth` on a line, or -1. */
function deepMarker(line: string): number {
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
    // `- - -` and `* * *` are thematic breaks, not lists.
    if (++depth > maxDepth) return thematicBreak.test(line) ? -1 : start;
  }
}

/** A run with a space or nothing on both sides can neither open nor close emphasis. */
function isFreeRun(line: string, start: number, end: number): boolean {
  return /^\s?$/.test(line.charAt(start - 1)) && /^\s?$/.test(line.charAt(end));
}

function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === undefined;
}
