// How a method, data source or theme is named and grouped: the record's `Facet.key` and the key
// the site groups its pages, filters and counts by are this one function's output.

const labels = new Map<string, string>();
const keys = new Map<string, string>();

/**
 * A free-text value as a label: underscores, runs of whitespace, punctuation and symbols before
 * the first word or after the last (but not an opening bracket or quote, nor a closing one that
 * has its pair) are export noise, not part of the name. Memoised: the same few thousand values
 * recur across thousands of plans.
 */
export function facetLabel(value: string): string {
  let label = labels.get(value);
  if (label === undefined) {
    label = value
      .replace(/_/g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/(?<!\s)\s+([,;:])/g, '$1')
      .replace(/^(?:(?!["'])[\s\p{Pd}\p{Po}\p{S}])+/u, '')
      .replace(/(?<!(?!["')\]])[\s\p{P}\p{S}])(?:(?!["')\]])[\s\p{P}\p{S}])+$/u, '');
    if (/^[^(]*\)$/.test(label)) label = label.slice(0, -1).trimEnd();
    labels.set(value, label);
  }
  return label;
}

/**
 * The grouping key of a free-text value: its label's letters and digits, accents and case
 * ignored, each run of anything else one space. "Co-creation", "co creation" and "co-creation."
 * are one value, as are "adaptación" and "adaptacion"; a value with no letter or digit has the
 * key "".
 */
export function facetKey(value: string): string {
  let key = keys.get(value);
  if (key === undefined) {
    key = facetLabel(value)
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    keys.set(value, key);
  }
  return key;
}
