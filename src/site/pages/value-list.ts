// A long list of values (2,000 themes) made usable on a phone: the most used first, and every
// value A-Z one click away, grouped by first letter so a reader can jump.
import type { CountLink } from './browse-pages.ts';

export interface LetterGroup {
  /** "A"…"Z", or "#" for values that start with a digit, symbol or another script. */
  letter: string;
  entries: CountLink[];
}

export interface LongList {
  popular: CountLink[];
  letters: LetterGroup[];
}

/** Lists longer than this get a "most used" list and an A-Z list; shorter ones are shown whole. */
export const longListMin = 100;
const popularCount = 48;

function letterOf(label: string): string {
  const first = label.normalize('NFD').replace(/\p{M}/gu, '').charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}

/** `entries` in display (alphabetical) order; null when the list is short enough to show whole. */
export function longList(entries: CountLink[]): LongList | null {
  if (entries.length <= longListMin) return null;
  // Sorted by count, ties in the alphabetical order given (the sort is stable).
  const popular = [...entries].sort((a, b) => b.count - a.count).slice(0, popularCount);
  const groups = new Map<string, CountLink[]>();
  for (const entry of entries) {
    const letter = letterOf(entry.label);
    let group = groups.get(letter);
    if (!group) groups.set(letter, (group = []));
    group.push(entry);
  }
  const letters = [...groups]
    .map(([letter, list]) => ({ letter, entries: list }))
    .sort((a, b) => (a.letter === '#' ? 1 : b.letter === '#' ? -1 : a.letter < b.letter ? -1 : 1));
  return { popular, letters };
}
