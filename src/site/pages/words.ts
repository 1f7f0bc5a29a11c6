// Labels inside sentences: the views write page descriptions with it, templates through the
// `inSentence` filter.

/** Lower case, except words that start with two capitals: acronyms such as SDG, SDGs, ISO. */
export function inSentence(label: string): string {
  return label.replace(/\p{L}+/gu, (word) =>
    /^\p{Lu}{2}/u.test(word) ? word : word.toLowerCase(),
  );
}
