// Related plans: the plans about the same thing. Each plan is a TF-IDF vector of the words of its
// title, summary, methods and themes (analysed as search analyses them: stop words dropped,
// stemmed in the plan's language) plus its method and theme values as whole tags; plans rank by
// cosine similarity, and among near-equal scores a plan from the same country comes first.
import { createHash } from 'node:crypto';
import type { LearningPlan } from '../../record/schema.ts';
import { analyse, stemLanguageOf } from '../../common/search-text.ts';
import { FacetCache } from '../facets/facet-index.ts';
import { topBy } from '../facets/top.ts';

/**
 * Six: the related grid has one, two or three columns (styles.css), and six cards fill the rows
 * of each.
 */
export const relatedCount = 6;

/** Terms per plan: its heaviest ones. Enough to say what it is about, and it bounds the work. */
const termsPerPlan = 30;

/**
 * A term in more than this share of the plans says little about any of them ("project",
 * "community") and would make every plan a candidate for every other: left out, like a stop word.
 * Only on archives large enough for the work to matter: never below `minCutOff` plans.
 */
const maxShare = 0.05;
const minCutOff = 100;

/** A shared method or theme says more than a shared word: it was chosen as a tag. */
const tagWeight = 2;

/** Scores this close count as a tie, which a shared country breaks. */
const tieStep = 0.02;

interface Vector {
  terms: Int32Array;
  weights: Float64Array;
}

/** Term counts of one plan, by term id. */
function termCounts(
  plan: LearningPlan,
  cache: FacetCache,
  idOf: (term: string) => number,
): Map<number, number> {
  const counts = new Map<number, number>();
  const add = (term: string, n = 1): void => {
    const id = idOf(term);
    counts.set(id, (counts.get(id) ?? 0) + n);
  };
  const methods = cache.values(plan, 'method');
  const themes = cache.values(plan, 'theme');
  const language = stemLanguageOf(plan.language);
  const text = [
    plan.title,
    plan.summary,
    ...methods.map((v) => v.label),
    ...themes.map((v) => v.label),
  ];
  for (const term of analyse(text.join('\n'), language)) add(term);
  for (const v of methods) add(`method:${v.key}`, tagWeight);
  for (const v of themes) add(`theme:${v.key}`, tagWeight);
  return counts;
}

/**
 * A hash of everything the ranking reads of the plans, in their order: what termCounts reads and
 * the countries. An edit of an answer, the most common edit, leaves it as it was.
 */
export function relatedInputs(plans: readonly LearningPlan[], cache = new FacetCache()): string {
  const hash = createHash('sha256');
  for (const plan of plans) {
    const tags = (name: 'method' | 'theme'): string[][] =>
      cache.values(plan, name).map((v) => [v.key, v.label]);
    const countries = cache.values(plan, 'country').map((v) => v.key);
    const read = [
      plan.language,
      plan.title,
      plan.summary,
      tags('method'),
      tags('theme'),
      countries,
    ];
    hash.update(JSON.stringify(read)).update('\n');
  }
  return hash.digest('base64url');
}

/** TF-IDF vectors, L2-normalised, each cut to its heaviest terms; terms in one plan only dropped. */
function vectors(plans: LearningPlan[], cache: FacetCache): { vectors: Vector[]; terms: number } {
  const ids = new Map<string, number>();
  const idOf = (term: string): number => {
    let id = ids.get(term);
    if (id === undefined) ids.set(term, (id = ids.size));
    return id;
  };
  const counts = plans.map((plan) => termCounts(plan, cache, idOf));
  const df = new Int32Array(ids.size);
  for (const c of counts) for (const id of c.keys()) df[id]! += 1;
  const n = plans.length;
  const maxDf = Math.max(minCutOff, Math.floor(n * maxShare));
  const out = counts.map((c): Vector => {
    const weighted: [number, number][] = [];
    for (const [id, count] of c) {
      if (df[id]! < 2 || df[id]! > maxDf) continue;
      weighted.push([id, (1 + Math.log(count)) * Math.log(n / df[id]!)]);
    }
    weighted.sort((a, b) => b[1] - a[1]);
    const kept = weighted.slice(0, termsPerPlan).filter(([, w]) => w > 0);
    const norm = Math.hypot(...kept.map(([, w]) => w)) || 1;
    return {
      terms: Int32Array.from(kept, ([id]) => id),
      weights: Float64Array.from(kept, ([, w]) => w / norm),
    };
  });
  return { vectors: out, terms: ids.size };
}

export function relatedPlans(
  plans: LearningPlan[],
  limit = relatedCount,
  cache = new FacetCache(),
): Map<LearningPlan, LearningPlan[]> {
  const { vectors: vs, terms } = vectors(plans, cache);
  // Postings in two flat arrays: for term t, the plans at start[t]..start[t + 1] of `ofPlan`,
  // with their weights in `weight`.
  const start = new Int32Array(terms + 1);
  for (const v of vs) for (const t of v.terms) start[t + 1]! += 1;
  for (let t = 0; t < terms; t++) start[t + 1]! += start[t]!;
  const fill = start.slice(0, terms);
  const ofPlan = new Int32Array(start[terms]!);
  const weight = new Float64Array(start[terms]!);
  vs.forEach((v, i) =>
    v.terms.forEach((t, k) => {
      const at = fill[t]!++;
      ofPlan[at] = i;
      weight[at] = v.weights[k]!;
    }),
  );
  const countries = plans.map((p) => new Set(cache.values(p, 'country').map((v) => v.key)));

  const scores = new Float64Array(plans.length);
  const shared = new Uint8Array(plans.length);
  const touched: number[] = [];
  const result = new Map<LearningPlan, LearningPlan[]>();
  plans.forEach((plan, i) => {
    const v = vs[i]!;
    v.terms.forEach((t, k) => {
      const w = v.weights[k]!;
      for (let at = start[t]!; at < start[t + 1]!; at++) {
        const j = ofPlan[at]!;
        if (j === i) continue;
        if (scores[j] === 0) touched.push(j);
        scores[j] = scores[j]! + w * weight[at]!;
      }
    });
    const mine = countries[i]!;
    for (const j of touched) {
      let n = 0;
      for (const key of countries[j]!) if (mine.has(key)) n++;
      shared[j] = Math.min(n, 255);
    }
    const step = (j: number): number => Math.round(scores[j]! / tieStep);
    // Higher score first; among near-equal ones, more shared countries, then the exact score,
    // then the earlier (newer) plan.
    const before = (a: number, b: number): boolean =>
      step(a) !== step(b)
        ? step(a) > step(b)
        : shared[a] !== shared[b]
          ? shared[a]! > shared[b]!
          : scores[a] !== scores[b]
            ? scores[a]! > scores[b]!
            : a < b;
    result.set(
      plan,
      topBy(touched, limit, before).map((j) => plans[j]!),
    );
    for (const j of touched) scores[j] = 0;
    touched.length = 0;
  });
  return result;
}
