// Scoring a query over a term-split index. lunr 2.3.9 scores a document as, for each field,
// the dot product of the query vector and the document's field vector divided by the query
// vector's length, summed over fields. A field vector entry is a term's precomputed BM25
// weight, so the postings of the query's terms alone give every document's exact lunr score:
// the index can be split by term and the client still ranks exactly as `lunr.Index.search`
// does for the same clauses (all required, as typed words are ANDed).

/** A term's postings per field code, decoded: `[ref, weight in thousandths, ref, weight, ...]`. */
export type Postings = Record<string, number[]>;

/** What the unloaded files of a large term can hold (`TermPartJson.rest`). */
export interface Rest {
  /** The largest sum of one plan's weights over its fields, in thousandths. */
  weight: number;
  /** Whether a plan of them has the term in its title. */
  title: boolean;
}

export interface TermLookup {
  /** The postings of a term (of its loaded files), or undefined when the index has no such term. */
  get(term: string): Postings | undefined;
  /** Every term of the index starting with `prefix`. */
  withPrefix(prefix: string): string[];
  /** For a term with files not loaded yet, what their plans can hold; else undefined. */
  rest?(term: string): Rest | undefined;
  /** Plans holding the term, for a term written in several files. */
  docs?(term: string): number | undefined;
}

/** One required clause: any of its terms, or a term starting with one of its prefixes. */
export interface Clause {
  terms: readonly string[];
  prefixes: readonly string[];
  fields: readonly string[];
  /**
   * Languages (codes of `docLanguages`) that stop this word: their documents never hold it, so
   * the clause does not require it of them ("the" in "the water" is optional in English plans).
   */
  stoppedIn?: readonly string[];
  /** The word being typed (folded); complete.ts turns it into terms before the engine runs. */
  typed?: string;
  /** The word as typed (folded), for corrections (typos.ts). */
  word?: string;
  /** Terms of words a typo away, matched like `terms` but weighing `fuzzyBoost` as much. */
  fuzzy?: readonly string[];
}

/** A correction counts this much of an exact match, so exact and prefix matches rank first. */
export const fuzzyBoost = 0.2;

export interface Hit {
  ref: number;
  score: number;
}

/** The index terms a clause matches: its terms that exist and its prefixes' terms. */
export function expand(clause: Clause, lookup: TermLookup): string[] {
  return [...expandBoosted(clause, lookup).keys()];
}

/** Refs holding a term the clause matches: in `field`, or in any field when none is given. */
export function clauseRefs(clause: Clause, lookup: TermLookup, field?: string): Set<number> {
  const refs = new Set<number>();
  for (const term of expand(clause, lookup)) {
    const postings = lookup.get(term) ?? {};
    const lists = field === undefined ? Object.values(postings) : [postings[field] ?? []];
    for (const list of lists) {
      for (let i = 0; i < list.length; i += 2) refs.add(list[i] as number);
    }
  }
  return refs;
}

/** The clause's index terms with their query boosts: 1, or `fuzzyBoost` for corrections only. */
export function expandBoosted(clause: Clause, lookup: TermLookup): Map<string, number> {
  const found = new Map<string, number>();
  for (const term of clause.terms) if (lookup.get(term) !== undefined) found.set(term, 1);
  for (const prefix of clause.prefixes)
    for (const term of lookup.withPrefix(prefix)) found.set(term, 1);
  for (const term of clause.fuzzy ?? []) {
    if (!found.has(term) && lookup.get(term) !== undefined) found.set(term, fuzzyBoost);
  }
  return found;
}

/** The refs in both sets (the smaller walked). */
export function intersect(a: Set<number>, b: Set<number>): Set<number> {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const out = new Set<number>();
  for (const x of small) if (large.has(x)) out.add(x);
  return out;
}

/** Refs whose language code (one character per document) is one of `codes`. */
export function refsInLanguages(docLanguages: string, codes: readonly string[]): number[] {
  const refs: number[] = [];
  for (let ref = 0; ref < docLanguages.length; ref++) {
    if (codes.includes(docLanguages[ref] as string)) refs.push(ref);
  }
  return refs;
}

/**
 * Documents matching every clause, best first (ties by ref). `docLanguages` holds each
 * document's language code, for clauses with `stoppedIn`.
 */
export function runQuery(clauses: readonly Clause[], lookup: TermLookup, docLanguages = ''): Hit[] {
  if (clauses.length === 0) return [];
  // Per field, the query vector: each expanded term's summed clause boosts (all boosts are 1).
  const queryVectors = new Map<string, Map<string, number>>();
  let required: Set<number> | null = null;
  for (const clause of clauses) {
    const terms = expandBoosted(clause, lookup);
    const matches = new Set(refsInLanguages(docLanguages, clause.stoppedIn ?? []));
    if (terms.size === 0 && matches.size === 0) return [];
    for (const [term, boost] of terms) {
      const postings = lookup.get(term) ?? {};
      for (const field of clause.fields) {
        let vector = queryVectors.get(field);
        if (vector === undefined) queryVectors.set(field, (vector = new Map()));
        vector.set(term, (vector.get(term) ?? 0) + boost);
        const list = postings[field] ?? [];
        for (let i = 0; i < list.length; i += 2) matches.add(list[i] as number);
      }
    }
    required = required === null ? matches : intersect(required, matches);
    if (required.size === 0) return [];
  }
  if (required === null) return [];

  const scores = new Map<number, number>();
  for (const [field, vector] of queryVectors) {
    let sumOfSquares = 0;
    for (const boost of vector.values()) sumOfSquares += boost * boost;
    const magnitude = Math.sqrt(sumOfSquares);
    const dots = new Map<number, number>();
    for (const [term, boost] of vector) {
      const list = lookup.get(term)?.[field] ?? [];
      for (let i = 0; i < list.length; i += 2) {
        const ref = list[i] as number;
        if (!required.has(ref)) continue;
        dots.set(ref, (dots.get(ref) ?? 0) + boost * ((list[i + 1] as number) / 1000));
      }
    }
    for (const [ref, dot] of dots) scores.set(ref, (scores.get(ref) ?? 0) + (dot / magnitude || 0));
  }
  return [...scores]
    .map(([ref, score]) => ({ ref, score }))
    .sort((a, b) => b.score - a.score || a.ref - b.ref);
}
