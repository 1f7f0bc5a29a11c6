// Reading what a user typed. The grammar is small and forgiving, and nothing is ever an error:
//
//   query  := part*                    parts are ANDed
//   part   := field ":" value | value
//   field  := a field name or alias (common/search-fields.ts), any case; an unknown name is words
//   value  := word ["*"] | '"' words '"'
//
// A quoted value outside a field is also a phrase: only plans holding its words next to each
// other match (phrase.ts).
// Words are runs of letters and digits, so punctuation never breaks a query. A trailing `*`
// makes a prefix; the last word, while the user is still typing it, is a prefix too.
import { fieldCodeOf } from '../../common/search-fields.ts';
import { wordSpans } from '../../common/search-text.ts';

export interface QueryWord {
  /** Lower-cased, not folded or stemmed. */
  word: string;
  /** The field code the word is restricted to, or null for every field. */
  field: string | null;
  /** `*` written after the word: match it as a prefix only. */
  prefix: boolean;
  /** The last word while typing: match it whole or as a prefix. */
  typing: boolean;
}

/** A prefix shorter than this would fetch a large part of the index. */
export const minPrefixLength = 2;
export const minTypingPrefixLength = 2;

// A part: optional `field:`, then a quoted value or a run of non-space characters.
const partPattern = /(?:(?<!\p{L})(\p{L}+):)?(?:"([^"]*)"?|(\S+))/gu;

function wordsOf(text: string, field: string | null, starred: boolean): QueryWord[] {
  const spans = wordSpans(text);
  return spans.map((span, i) => {
    const last = i === spans.length - 1;
    const prefix = starred && last && span.word.length >= minPrefixLength;
    return { word: span.word, field, prefix, typing: false };
  });
}

/**
 * The words of a query. `typing` is true while the user is typing (results as you type): then
 * the last word, when no space follows it, is also matched as a prefix.
 */
export function readQuery(input: string, typing = false): QueryWord[] {
  const words: QueryWord[] = [];
  for (const match of input.matchAll(partPattern)) {
    const [, name, quoted, bare] = match;
    const field = name === undefined ? null : fieldCodeOf(name);
    const lead = name !== undefined && field === null ? `${name} ` : '';
    const value = quoted ?? bare ?? '';
    // Quoted values and punctuation-only tails cannot be prefixes; `word*` can.
    const starred = quoted === undefined && value.endsWith('*');
    words.push(...wordsOf(lead, null, false), ...wordsOf(value, field, starred));
  }
  const last = words.at(-1);
  if (typing && last !== undefined && !last.prefix && /[\p{L}\p{N}]$/u.test(input)) {
    last.typing = true;
  }
  return words;
}

/**
 * The quoted phrases of a query outside fields, as their words: `"sea level"` → [sea, level].
 * While typing, the last word of a phrase not yet closed is on its way and not asked yet.
 */
export function readPhrases(input: string, typing = false): string[][] {
  const phrases: string[][] = [];
  for (const [part, name, quoted] of input.matchAll(partPattern)) {
    if (quoted === undefined || (name !== undefined && fieldCodeOf(name) !== null)) continue;
    const words = wordSpans(quoted).map((s) => s.word);
    const open = !part.endsWith('"') || part.length === 1;
    if (typing && open && /[\p{L}\p{N}]$/u.test(input)) words.pop();
    if (words.length > 1) phrases.push(words);
  }
  return phrases;
}
