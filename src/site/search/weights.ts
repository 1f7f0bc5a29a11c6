// BM25 weights per term, field and document, computed exactly as lunr 2.3.9's Builder computes
// its field vectors (same formula, constants, idf and rounding to thousandths), without
// building lunr's in-memory index, which takes minutes and gigabytes at the archive's size.
// tests/search/split-equality.test.ts proves the weights and rankings equal lunr's.
import type { SearchField } from '../../common/search-fields.ts';
import type { FieldTerms } from './documents.ts';

const k1 = 1.2;
const b = 0.75;

/** A term's postings in one field: refs ascending, weights in thousandths (integers). */
export interface FieldPostings {
  refs: number[];
  weights: number[];
}

/** term → field code → postings. */
export type TermTable = Map<string, Map<string, FieldPostings>>;

/** A (document, field)'s distinct terms in first-seen order, with their counts. */
interface FieldFrequencies {
  length: number;
  terms: string[];
  counts: number[];
}

/**
 * Term frequencies of every (document, field), documents in ref order. Documents may come one
 * at a time (a generator), so only their counts stay in memory, not every term of every answer;
 * and as arrays, not a Map per (document, field), which would take several times the memory.
 */
function frequencies(
  docs: Iterable<FieldTerms>,
  fields: readonly SearchField[],
): FieldFrequencies[][] {
  return Array.from(docs, (doc) =>
    fields.map((field) => {
      const list = doc[field.code] ?? [];
      const tf = new Map<string, number>();
      for (const term of list) tf.set(term, (tf.get(term) ?? 0) + 1);
      return { length: list.length, terms: [...tf.keys()], counts: [...tf.values()] };
    }),
  );
}

export function computeWeights(
  docs: Iterable<FieldTerms>,
  fields: readonly SearchField[],
): TermTable {
  const freq = frequencies(docs, fields);
  const count = freq.length;
  const average = fields.map((_, f) => {
    let total = 0;
    for (const doc of freq) total += doc[f]?.length ?? 0;
    return total / count;
  });
  // lunr's idf counts (document, field) postings, not documents.
  const postingsOf = new Map<string, number>();
  for (const doc of freq) {
    for (const field of doc) {
      for (const term of field.terms) postingsOf.set(term, (postingsOf.get(term) ?? 0) + 1);
    }
  }
  const idf = new Map<string, number>();
  for (const [term, n] of postingsOf) {
    idf.set(term, Math.log(1 + Math.abs((count - n + 0.5) / (n + 0.5))));
  }

  const table: TermTable = new Map();
  freq.forEach((doc, ref) => {
    doc.forEach(({ length, terms, counts }, f) => {
      const field = fields[f] as SearchField;
      const norm = k1 * (1 - b + b * (length / (average[f] as number)));
      terms.forEach((term, i) => {
        const n = counts[i] as number;
        let score = ((idf.get(term) as number) * ((k1 + 1) * n)) / (norm + n);
        score *= field.boost;
        score *= 1; // lunr's document boost
        let byField = table.get(term);
        if (byField === undefined) table.set(term, (byField = new Map()));
        let postings = byField.get(field.code);
        if (postings === undefined) byField.set(field.code, (postings = { refs: [], weights: [] }));
        postings.refs.push(ref);
        postings.weights.push(Math.round(score * 1000));
      });
    });
  });
  return table;
}
