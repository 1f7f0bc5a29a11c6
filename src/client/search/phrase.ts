// Quoted phrases. The index has no word positions (they would more than double its size), so
// the words of a phrase are required like any others, and the plans whose title or text shown in
// results holds them next to each other come first. Only the best `phraseDepth` results are
// checked, so a phrase costs a few display chunks, not all of them.
import type { DisplayEntry } from '../../common/search-format.ts';
import { foldAccents, wordParts, wordSpans } from '../../common/search-text.ts';

export const phraseDepth = 50;

/** The folded words of a text, hyphenated words by their parts. */
function foldedWords(text: string): string[] {
  return wordSpans(text).flatMap((s) => wordParts(foldAccents(s.word)));
}

/** The phrase's words as `foldedWords` gives a text's. */
function foldedPhrase(phrase: readonly string[]): string[] {
  return phrase.flatMap((w) => wordParts(foldAccents(w)));
}

/** True when `words` (folded) hold `wanted` (folded) one after the other. */
function holdsFolded(words: readonly string[], wanted: readonly string[]): boolean {
  if (wanted.length === 0) return false;
  for (let i = 0; i + wanted.length <= words.length; i++) {
    if (wanted.every((w, j) => words[i + j] === w)) return true;
  }
  return false;
}

/** True when `text` holds the phrase's words one after the other. */
export function holdsPhrase(text: string, phrase: readonly string[]): boolean {
  return holdsFolded(foldedWords(text), foldedPhrase(phrase));
}

/** Refs with the phrases in their title or text first, among the first `phraseDepth`. */
export async function phrasesFirst(
  refs: readonly number[],
  phrases: readonly (readonly string[])[],
  display: (refs: readonly number[]) => Promise<Map<number, DisplayEntry>>,
): Promise<number[]> {
  if (phrases.length === 0) return [...refs];
  const checked = refs.slice(0, phraseDepth);
  const entries = await display(checked);
  const wanted = phrases.map(foldedPhrase);
  const first: number[] = [];
  const rest: number[] = [];
  for (const ref of checked) {
    const entry = entries.get(ref);
    const words = entry === undefined ? [] : foldedWords(`${entry.t}\n${entry.x}`);
    (wanted.every((phrase) => holdsFolded(words, phrase)) ? first : rest).push(ref);
  }
  return [...first, ...rest, ...refs.slice(phraseDepth)];
}
