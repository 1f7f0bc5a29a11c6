// The first results of a query while its large terms are only partly loaded. A large term's
// files hold its plans best first (site/search/shards.ts), and each says what the plans after
// it can hold at most (`Rest`). A plan not yet seen in a term's files can gain at most that
// term's bound, so once the k-th best plan known in full outranks every plan that could still
// change, the first k results are those a full index gives, in its order (titles first, then
// score, then ref, as run.ts ranks), and the later files need not be fetched.
import { fieldCodes } from '../../common/search-fields.ts';
import {
  expandBoosted,
  refsInLanguages,
  type Clause,
  type Hit,
  type TermLookup,
} from './engine.ts';

export interface Top {
  /** The first k matches in score order (all of them when fewer), or null: load `need` first. */
  hits: Hit[] | null;
  /** The terms whose next file could settle the first k. */
  need: string[];
  /** How many plans match: exact, or an estimate between what is known and what can be. */
  total: number;
  exact: boolean;
}

/** Scores further apart than this are taken as different (sums of the same weights may round). */
const epsilon = 1e-9;

/** The set of refs in a term's loaded postings, in `fields` or in any field. */
function refsOf(lookup: TermLookup, term: string, fields?: readonly string[]): Set<number> {
  const refs = new Set<number>();
  const postings = lookup.get(term) ?? {};
  for (const [field, list] of Object.entries(postings)) {
    if (fields !== undefined && !fields.includes(field)) continue;
    for (let i = 0; i < list.length; i += 2) refs.add(list[i] as number);
  }
  return refs;
}

/** A term with files not loaded: the plans loaded, and the most one more plan can gain. */
interface PartTerm {
  term: string;
  refs: Set<number>;
  /** The most the term adds to the score of a plan in its later files. */
  gain: number;
  /** Whether a plan of the later files has it in its title. */
  title: boolean;
}

/** What the loaded files say of one clause. */
interface ClauseState {
  /** Plans known to match it (a term in its fields, or a language that stops its word). */
  known: Set<number>;
  /** Plans known to hold it in their title, when the clause is asked of titles (rank.ts). */
  titled: Set<number> | null;
  stoppedIn: readonly string[];
  /** Whether it is asked of every field (a word not limited to one, as `country:` is). */
  everyField: boolean;
  /** Its terms with files not loaded. */
  partial: PartTerm[];
}

/** The query vectors per field (as `runQuery` builds them) and their lengths. */
function queryVectors(
  clauses: readonly Clause[],
  boosted: readonly Map<string, number>[],
): Map<string, { vector: Map<string, number>; magnitude: number }> {
  const vectors = new Map<string, Map<string, number>>();
  clauses.forEach((clause, c) => {
    for (const [term, boost] of boosted[c] ?? []) {
      for (const field of clause.fields) {
        let vector = vectors.get(field);
        if (vector === undefined) vectors.set(field, (vector = new Map()));
        vector.set(term, (vector.get(term) ?? 0) + boost);
      }
    }
  });
  return new Map(
    [...vectors].map(([field, vector]) => {
      const magnitude = Math.sqrt([...vector.values()].reduce((sum, b) => sum + b * b, 0));
      return [field, { vector, magnitude }];
    }),
  );
}

/** The loaded score of every plan seen, computed as `runQuery` computes it. */
function loadedScores(
  vectors: ReturnType<typeof queryVectors>,
  lookup: TermLookup,
): Map<number, number> {
  const scores = new Map<number, number>();
  for (const [field, { vector, magnitude }] of vectors) {
    const dots = new Map<number, number>();
    for (const [term, boost] of vector) {
      const list = lookup.get(term)?.[field] ?? [];
      for (let i = 0; i < list.length; i += 2) {
        const ref = list[i] as number;
        dots.set(ref, (dots.get(ref) ?? 0) + boost * ((list[i + 1] as number) / 1000));
      }
    }
    for (const [ref, dot] of dots) scores.set(ref, (scores.get(ref) ?? 0) + (dot / magnitude || 0));
  }
  return scores;
}

function partTerm(
  term: string,
  lookup: TermLookup,
  vectors: ReturnType<typeof queryVectors>,
): PartTerm | null {
  const rest = lookup.rest?.(term);
  if (rest === undefined) return null;
  // Its share of a score is at most its largest boost over a field's length, times its weight.
  let most = 0;
  for (const { vector, magnitude } of vectors.values()) {
    most = Math.max(most, (vector.get(term) ?? 0) / magnitude);
  }
  return { term, refs: refsOf(lookup, term), gain: (most * rest.weight) / 1000, title: rest.title };
}

/**
 * The first `k` matches of the clauses, if the loaded files settle them. Scores are the
 * engine's (`runQuery`) for the plans whose postings are all loaded; ties and near ties with a
 * plan not known in full are not settled, so the answer never depends on what is loaded.
 */
export function topHits(
  clauses: readonly Clause[],
  lookup: TermLookup,
  docLanguages: string,
  k: number,
): Top {
  const none: Top = { hits: [], need: [], total: 0, exact: true };
  if (clauses.length === 0) return none;
  const boosted = clauses.map((clause) => expandBoosted(clause, lookup));
  const vectors = queryVectors(clauses, boosted);
  const partial = new Map<string, PartTerm>();
  for (const term of new Set(boosted.flatMap((b) => [...b.keys()]))) {
    const p = partTerm(term, lookup, vectors);
    if (p !== null) partial.set(term, p);
  }
  const states: ClauseState[] = clauses.map((clause, c) => {
    const terms = [...(boosted[c]?.keys() ?? [])];
    const known = new Set(refsInLanguages(docLanguages, clause.stoppedIn ?? []));
    for (const term of terms) for (const ref of refsOf(lookup, term, clause.fields)) known.add(ref);
    const titled = clause.fields.includes('t')
      ? new Set(terms.flatMap((term) => [...refsOf(lookup, term, ['t'])]))
      : null;
    const parts = terms.flatMap((term) => partial.get(term) ?? []);
    const everyField = clause.fields.length === fieldCodes.length;
    return { known, titled, stoppedIn: clause.stoppedIn ?? [], everyField, partial: parts };
  });
  if (states.some((state) => state.known.size === 0 && state.partial.length === 0)) return none;
  const asked = states.filter((state) => state.titled !== null);
  const scores = loadedScores(vectors, lookup);

  const places: Place[] = [];
  let definite = 0;
  for (const ref of new Set(states.flatMap((state) => [...state.known]))) {
    const later = (state: ClauseState): PartTerm[] => state.partial.filter((p) => !p.refs.has(ref));
    if (!states.every((state) => state.known.has(ref) || later(state).length > 0)) continue;
    const matched = states.every((state) => state.known.has(ref));
    if (matched) definite++;
    const score = scores.get(ref) ?? 0;
    let upper = score;
    for (const p of partial.values()) if (!p.refs.has(ref)) upper += p.gain;
    const language = docLanguages[ref] ?? '';
    const inTitle = (state: ClauseState): boolean =>
      state.titled?.has(ref) === true || state.stoppedIn.includes(language);
    const tier = asked.every(inTitle) ? 1 : 0;
    const tierUp = asked.every((s) => inTitle(s) || later(s).some((p) => p.title)) ? 1 : 0;
    places.push({ ref, tier, tierUp, score, upper, matched });
  }
  // A plan in none of the loaded postings matches only if every clause has a term not loaded.
  if (states.every((state) => state.partial.length > 0)) {
    let upper = 0;
    for (const p of partial.values()) upper += p.gain;
    const tierUp = asked.every((state) => state.partial.some((p) => p.title)) ? 1 : 0;
    places.push({ ref: -1, tier: 0, tierUp, score: 0, upper, matched: false });
  }

  const open = places.some(
    (p) => !p.matched || p.tier !== p.tierUp || p.upper - p.score >= epsilon,
  );
  // With no plan open, every match is known.
  const total = open ? estimate(states, definite, lookup) : { total: definite, exact: true };
  const need = [...partial.keys()];
  const hits = firstPlaces(places, k);
  return { hits: hits?.map(({ ref, score }) => ({ ref, score })) ?? null, need, ...total };
}

/** A plan that may match: its tier and score as loaded, and the most they can become. */
interface Place {
  ref: number;
  tier: number;
  tierUp: number;
  score: number;
  upper: number;
  /** Whether it is known to match every clause. */
  matched: boolean;
}

const exactly = (p: Place): boolean => p.tier === p.tierUp && p.upper - p.score < epsilon;

/** Whether `x`, known to match, ranks above `y` whatever the files not loaded hold. */
function beats(x: Place, y: Place): boolean {
  if (x.tier !== y.tierUp) return x.tier > y.tierUp;
  if (exactly(x) && exactly(y) && y.matched) {
    return x.score !== y.score ? x.score > y.score : x.ref < y.ref;
  }
  return x.score > y.upper + epsilon;
}

/**
 * The first `k` places in rank order, or null when the loaded files cannot tell them: each next
 * result is a plan known to match, with its tier known, that beats every plan left. Its score
 * need not be exact: a plan far ahead of the rest is placed without its later files.
 */
function firstPlaces(places: Place[], k: number): Place[] | null {
  const candidates = places
    .filter((p) => p.matched && p.tier === p.tierUp)
    .sort((a, b) => b.tier - a.tier || b.score - a.score || a.ref - b.ref);
  const byUpper = [...places].sort((a, b) => b.tierUp - a.tierUp || b.upper - a.upper);
  const placed = new Set<Place>();
  const first: Place[] = [];
  for (const x of candidates) {
    if (first.length === k) break;
    for (const y of byUpper) {
      if (y === x || placed.has(y)) continue;
      const below = y.tierUp < x.tier || (y.tierUp === x.tier && y.upper + epsilon < x.score);
      if (below) break;
      if (!beats(x, y)) return null;
    }
    placed.add(x);
    first.push(x);
  }
  // Fewer than k: settled only when no plan is left that may match.
  return first.length === k || placed.size === places.length ? first : null;
}

/**
 * How many plans match, while some may still. Exact for one word over every field whose one
 * partly loaded term is held by every plan known: then it is that term's plan count. Otherwise
 * the plans known to match, scaled by the share loaded of the clause that can match fewest,
 * within what is known and what can be.
 */
function estimate(
  states: readonly ClauseState[],
  definite: number,
  lookup: TermLookup,
): { total: number; exact: boolean } {
  const unloaded = (p: PartTerm): number => Math.max(0, (lookup.docs?.(p.term) ?? 0) - p.refs.size);
  const upper = states.map(
    (state) => state.known.size + state.partial.reduce((n, p) => n + unloaded(p), 0),
  );
  const [only] = states;
  const [term] = only?.partial ?? [];
  if (
    states.length === 1 &&
    only?.partial.length === 1 &&
    term !== undefined &&
    only.stoppedIn.length === 0 &&
    only.everyField &&
    [...only.known].every((ref) => term.refs.has(ref))
  ) {
    return { total: lookup.docs?.(term.term) ?? definite, exact: true };
  }
  const c = upper.indexOf(Math.min(...upper));
  const most = upper[c] as number;
  const share = (states[c]?.known.size ?? 0) / most;
  const scaled = share > 0 ? Math.round(definite / share) : definite;
  return { total: Math.min(Math.max(scaled, definite), most), exact: false };
}
