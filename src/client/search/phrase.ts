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

/** True when `text` holds the phrase's words one after the other. */
export function holdsPhrase(text: string, phrase: readonly string[]): boolean {
  const words = foldedWords(text);
  const wanted = phrase.flatMap((w) => wordParts(foldAccents(w)));
  if (wanted.length === 0) return false;
  for (let i = 0; i + wanted.length <= words.length; i++) {
    if (wanted.every((w, j) => words[i + j] === w)) return true;
  }
  return false;
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
  const holds = (ref: number): boolean => {
    const entry = entries.get(ref);
    const text = entry === undefined ? '' : `${entry.t}\n${entry.x}`;
    return phrases.every((phrase) => holdsPhrase(text, phrase));
  };
  const first = checked.filter(holds);
  const rest = checked.filter((ref) => !holds(ref));
  return [...first, ...rest, ...refs.slice(phraseDepth)];
}
