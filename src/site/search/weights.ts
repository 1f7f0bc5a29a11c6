// BM25 weights per term, field and document, computed exactly as lunr 2.3.9's Builder computes
// its field vectors (same formula, constants, idf and rounding to thousandths), without
// building lunr's in-memory index, which takes minutes and gigabytes at the archive's size.
// tests/search/split-equality.test.ts proves the weights and rankings equal lunr's.
import type { SearchField } from '../../common/search-fields.ts';
import type { FieldTerms } from './documents.ts';
import { Numbering } from './numbering.ts';

const k1 = 1.2;
const b = 0.75;

/** A term's postings in one field: refs ascending, weights in thousandths (integers). */
export interface FieldPostings {
  refs: Int32Array | number[];
  weights: Int32Array | number[];
}

/** term → field code → postings. */
export type TermTable = Map<string, Map<string, FieldPostings>>;

/**
 * Term frequencies of every (document, field), documents in ref order, terms as numbers. Documents
 * may come one at a time (a generator), so only their counts stay in memory; and as one typed
 * array a document, `[n, term, count, term, count, ..., n, ...]` per field, terms in first-seen
 * order: a string and an array per (document, field) took gigabytes at 50,000 documents.
 */
class Frequencies {
  readonly terms = new Numbering<string>();
  readonly docs: Int32Array[] = [];
  /** The terms' lengths, `docs × fields`. */
  readonly lengths: number[] = [];

  add(doc: FieldTerms, fields: readonly SearchField[]): void {
    const out: number[] = [];
    for (const field of fields) {
      const list = doc[field.code] ?? [];
      const tf = new Map<number, number>();
      for (const term of list) {
        const id = this.terms.of(term);
        tf.set(id, (tf.get(id) ?? 0) + 1);
      }
      out.push(tf.size);
      for (const [id, n] of tf) out.push(id, n);
      this.lengths.push(list.length);
    }
    this.docs.push(Int32Array.from(out));
  }
}

/** Calls `visit(ref, field, term, count)` for every (document, field, term), in ref order. */
function eachPosting(
  freq: Frequencies,
  fieldCount: number,
  visit: (ref: number, field: number, id: number, n: number) => void,
): void {
  freq.docs.forEach((doc, ref) => {
    let at = 0;
    for (let f = 0; f < fieldCount; f++) {
      const end = at + 1 + 2 * (doc[at] as number);
      for (at += 1; at < end; at += 2) visit(ref, f, doc[at] as number, doc[at + 1] as number);
    }
  });
}

export function computeWeights(
  docs: Iterable<FieldTerms>,
  fields: readonly SearchField[],
): TermTable {
  const freq = new Frequencies();
  for (const doc of docs) freq.add(doc, fields);
  const count = freq.docs.length;
  const average = fields.map((_, f) => {
    let total = 0;
    for (let ref = 0; ref < count; ref++) total += freq.lengths[ref * fields.length + f] as number;
    return total / count;
  });
  // The postings of each (term, field), counted first so each list is a slice of one array; the
  // fields of a term in the order their first postings come, as lunr's vectors list them.
  const sizes = new Int32Array(freq.terms.keys.length * fields.length);
  const order: number[][] = Array.from(freq.terms.keys, () => []);
  let total = 0;
  eachPosting(freq, fields.length, (_, f, id) => {
    const at = id * fields.length + f;
    if (sizes[at] === 0) order[id]?.push(f);
    sizes[at] = (sizes[at] as number) + 1;
    total++;
  });
  const refs = new Int32Array(total);
  const weights = new Int32Array(total);
  const starts = new Int32Array(sizes.length);
  const table: TermTable = new Map();
  let start = 0;
  freq.terms.keys.forEach((term, id) => {
    const byField = new Map<string, FieldPostings>();
    for (const f of order[id] as number[]) {
      const size = sizes[id * fields.length + f] as number;
      starts[id * fields.length + f] = start;
      const end = start + size;
      const code = (fields[f] as SearchField).code;
      byField.set(code, { refs: refs.subarray(start, end), weights: weights.subarray(start, end) });
      start = end;
    }
    table.set(term, byField);
  });
  // lunr's idf counts (document, field) postings, not documents.
  const idf = freq.terms.keys.map((_, id) => {
    let n = 0;
    for (let f = 0; f < fields.length; f++) n += sizes[id * fields.length + f] as number;
    return Math.log(1 + Math.abs((count - n + 0.5) / (n + 0.5)));
  });
  const filled = starts; // the next free slot of each (term, field), from its start
  eachPosting(freq, fields.length, (ref, f, id, n) => {
    const field = fields[f] as SearchField;
    const length = freq.lengths[ref * fields.length + f] as number;
    const norm = k1 * (1 - b + b * (length / (average[f] as number)));
    let score = ((idf[id] as number) * ((k1 + 1) * n)) / (norm + n);
    score *= field.boost;
    score *= 1; // lunr's document boost
    const slot = id * fields.length + f;
    const at = filled[slot] as number;
    filled[slot] = at + 1;
    refs[at] = ref;
    weights[at] = Math.round(score * 1000);
  });
  return table;
}
