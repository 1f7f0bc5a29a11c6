// One key for values that differ only by singular and plural or by a known spelling variant:
// "Solutions Mapping" and "solution mapping", "bicycle" and "bicycles", "behavioural insights"
// and "behavioral insight". Applied word by word on top of the record's key
// (src/common/facet-key.ts), which already ignores case, accents and punctuation. The key is
// only for grouping: each value keeps its label as most documents write it.

/** Spelling variants, British or other → one form. Words, not whole values. */
const spellings = new Map<string, string>([
  ['behavioural', 'behavioral'],
  ['behaviour', 'behavior'],
  ['colour', 'color'],
  ['labour', 'labor'],
  ['neighbourhood', 'neighborhood'],
  ['centre', 'center'],
  ['programme', 'program'],
  ['modelling', 'modeling'],
  ['ecommerce', 'e commerce'],
]);

/** Words whose final "s" is not a plural (English, and common Spanish/French/Portuguese). */
const notPlural = new Set(['news', 'series', 'species', 'analysis', 'gas', 'covid', 'sdgs']);

/** An English plural as its singular; other words as they are. Short words stay (bus, gas). */
export function singular(word: string): string {
  if (word.length < 4 || notPlural.has(word) || !word.endsWith('s') || /\d/.test(word)) return word;
  if (/(?:ss|us|is)$/.test(word)) return word; // process, status, analysis
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`; // communities
  if (/(?:ch|sh|x|ss)es$/.test(word)) return word.slice(0, -2); // approaches, boxes
  return word.slice(0, -1); // bicycles, solutions, ideas
}

const variants = new Map<string, string>();

/** The grouping key of a method, data source or theme, from the record's key. Memoised. */
export function variantKey(key: string): string {
  let out = variants.get(key);
  if (out === undefined) {
    out = key
      .split(' ')
      .map((word) => singular(spellings.get(word) ?? word))
      .join(' ');
    variants.set(key, out);
  }
  return out;
}
