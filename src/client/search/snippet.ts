// Snippets: a window of a result's text around the first word that matches the query, with the
// matching words in <mark>. Pieces are computed as data first (testable without a DOM), then
// turned into text nodes and <mark> elements; no text is ever parsed as HTML.
import { foldAccents, queryVariants, wordParts, wordSpans } from '../../common/search-text.ts';

export interface Piece {
  text: string;
  mark: boolean;
}

export interface Highlight {
  /** Index terms the query matched (stems). */
  terms: ReadonlySet<string>;
  /** Prefixes the query used (folded). */
  prefixes: readonly string[];
}

/**
 * Each highlight's answers so far: a word is stemmed in every language to be looked up, and a
 * page of results repeats most of its words, so each is stemmed once.
 */
const answered = new WeakMap<Highlight, Map<string, boolean>>();

/** A word, or one of a hyphenated word's parts, that the query matched. */
function matches(word: string, highlight: Highlight): boolean {
  let known = answered.get(highlight);
  if (known === undefined) answered.set(highlight, (known = new Map()));
  let answer = known.get(word);
  if (answer === undefined) {
    answer = [word, ...wordParts(word)].some((w) => {
      const folded = foldAccents(w);
      if (highlight.prefixes.some((p) => folded.startsWith(p))) return true;
      return queryVariants(w).some((v) => highlight.terms.has(v));
    });
    known.set(word, answer);
  }
  return answer;
}

/** The whole text, cut into marked and unmarked pieces. */
export function markPieces(text: string, highlight: Highlight): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const span of wordSpans(text)) {
    if (!matches(span.word, highlight)) continue;
    if (span.start > at) pieces.push({ text: text.slice(at, span.start), mark: false });
    pieces.push({ text: text.slice(span.start, span.end), mark: true });
    at = span.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), mark: false });
  return pieces;
}

/** About `length` characters of `text` around its first match, cut at spaces. */
export function snippetPieces(text: string, highlight: Highlight, length = 220): Piece[] {
  const first = wordSpans(text).find((s) => matches(s.word, highlight));
  let start = first === undefined ? 0 : Math.max(0, first.start - Math.floor(length / 4));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space === -1 || space > (first?.start ?? start) ? start : space + 1;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  const pieces = markPieces(text.slice(start, end), highlight);
  if (start > 0) pieces.unshift({ text: '… ', mark: false });
  if (end < text.length) pieces.push({ text: ' …', mark: false });
  return pieces;
}

export function renderPieces(parent: HTMLElement, pieces: readonly Piece[]): void {
  for (const piece of pieces) {
    if (piece.mark) {
      const mark = document.createElement('mark');
      mark.textContent = piece.text;
      parent.append(mark);
    } else {
      parent.append(document.createTextNode(piece.text));
    }
  }
}
