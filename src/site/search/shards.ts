// Cutting the term table into shards: terms in sorted order, packed into files of about
// `targetBytes`, so a word needs one shard and a prefix the few shards its range covers.
// A shard is JSON `{term: {field: [ref, weight, ref, weight, ...]}}` with each ref written as
// the difference from the previous one (small numbers compress well). A term too large for one
// file (a common word's postings) has a shard of its own (packing leaves it alone), written as
// several files of its plans best first (`TermPartJson`), so a search can stop after the first.
import type { TermPartJson } from '../../common/search-format.ts';
import type { FieldPostings, TermTable } from './weights.ts';

export interface Shard {
  /** The first term of the shard; shard i holds the terms from its first to the next's. */
  first: string;
  json: string;
}

export interface TermShard {
  first: string;
  /** The shard's files: one, or a large term's postings in parts of at most `partBytes`. */
  files: string[];
}

export function encodeTerm(fields: Map<string, FieldPostings>): string {
  const parts: string[] = [];
  for (const [code, { refs, weights }] of fields) {
    const flat: number[] = [];
    let previous = 0;
    refs.forEach((ref, i) => {
      flat.push(ref - previous, weights[i] as number);
      previous = ref;
    });
    parts.push(`${JSON.stringify(code)}:[${flat.join(',')}]`);
  }
  return `{${parts.join(',')}}`;
}

export function compareTerms(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The field whose plans come first in a large term's files: rank.ts ranks titles first. */
const titleField = 't';

/** One plan's postings of a term: its weight per field, their sum, and whether its title has it. */
interface PlanPosting {
  ref: number;
  fields: [string, number][];
  sum: number;
  title: boolean;
}

function planPostings(fields: Map<string, FieldPostings>): PlanPosting[] {
  const byRef = new Map<number, PlanPosting>();
  for (const [code, { refs, weights }] of fields) {
    refs.forEach((ref, i) => {
      let plan = byRef.get(ref);
      if (plan === undefined) byRef.set(ref, (plan = { ref, fields: [], sum: 0, title: false }));
      const weight = weights[i] as number;
      plan.fields.push([code, weight]);
      plan.sum += weight;
      if (code === titleField) plan.title = true;
    });
  }
  return [...byRef.values()];
}

/** Plans as one file's postings: per field, refs ascending (delta coded) and weights. */
function encodePlans(
  plans: readonly PlanPosting[],
  codes: readonly string[],
): TermPartJson['postings'] {
  const postings = Object.create(null) as TermPartJson['postings'];
  const sorted = [...plans].sort((a, b) => a.ref - b.ref);
  for (const code of codes) {
    const flat: number[] = [];
    let previous = 0;
    for (const plan of sorted) {
      const weight = plan.fields.find(([c]) => c === code)?.[1];
      if (weight === undefined) continue;
      flat.push(plan.ref - previous, weight);
      previous = plan.ref;
    }
    if (flat.length > 0) postings[code] = flat;
  }
  return postings;
}

/**
 * A large term's files of about `partBytes`: its plans with the term in their title first, then
 * by the sum of their weights, so each file's plans score at least as high as the later files'
 * (the bound each file states in `rest`).
 */
export function splitTerm(
  term: string,
  fields: Map<string, FieldPostings>,
  partBytes: number,
): string[] {
  const plans = planPostings(fields).sort(
    (a, b) => Number(b.title) - Number(a.title) || b.sum - a.sum || a.ref - b.ref,
  );
  const groups: PlanPosting[][] = [];
  let group: PlanPosting[] = [];
  let size = 0;
  let previous: PlanPosting | null = null;
  for (const plan of plans) {
    // A ref's delta is at most as long as the ref.
    let cost = 0;
    for (const [, weight] of plan.fields) cost += `${plan.ref},${weight},`.length;
    // Plans that weigh the same stay in one file (up to half a file more), so a later file's
    // plans weigh less than every plan before it and a search need not fetch it to break ties.
    const tied = previous?.title === plan.title && previous.sum === plan.sum;
    const full = size + cost > partBytes * (tied ? 1.5 : 1);
    previous = plan;
    if (size > 0 && full) {
      groups.push(group);
      group = [];
      size = 0;
    }
    group.push(plan);
    size += cost;
  }
  if (group.length > 0) groups.push(group);
  // The bound of the files after each: the largest sum, and whether a title holds the term.
  const rest: [number, number][] = [];
  let largest = 0;
  let title = 0;
  for (let i = groups.length - 1; i >= 0; i--) {
    rest[i] = [largest, title];
    for (const plan of groups[i] as PlanPosting[]) {
      largest = Math.max(largest, plan.sum);
      if (plan.title) title = 1;
    }
  }
  const codes = [...fields.keys()];
  return groups.map((group, i) => {
    const part: TermPartJson = { term, docs: plans.length, postings: encodePlans(group, codes) };
    if (i < groups.length - 1) part.rest = rest[i];
    return JSON.stringify(part);
  });
}

export function cutShards(
  table: TermTable,
  targetBytes: number,
  partBytes = Math.max(targetBytes, 50_000),
): TermShard[] {
  // A part is never smaller than a shard, so a shard over it holds one large term (packing
  // leaves such a term alone) or a few small ones just past the size, which stay whole.
  const part = Math.max(partBytes, targetBytes);
  const terms = [...table.keys()].sort(compareTerms);
  // Each term's entry is made as it is packed: all of them at once would be the index again.
  function* entries(): Generator<[string, string]> {
    for (const term of terms) {
      yield [term, `${JSON.stringify(term)}:${encodeTerm(table.get(term) ?? new Map())}`];
    }
  }
  const shards = packShards(entries(), targetBytes);
  // Where each shard's terms start in `terms` (the first shard's `first` is '').
  const place = new Map(terms.map((term, i) => [term, i]));
  const starts = shards.map((s, i) => (i === 0 ? 0 : (place.get(s.first) as number)));
  return shards.map(({ first, json }, i) => {
    const start = starts[i] as number;
    const alone = (starts[i + 1] ?? terms.length) - start === 1;
    if (json.length <= part || !alone) return { first, files: [json] };
    const term = terms[start] as string;
    const files = splitTerm(term, table.get(term) ?? new Map(), part);
    // A term of one plan heavier than a part stays a whole shard.
    return { first, files: files.length > 1 ? files : [json] };
  });
}

/**
 * Sorted `[key, "key":value]` entries into JSON objects of about `targetBytes`: the term shards
 * and the word dictionary shards are cut alike. The first shard's `first` is '' (it holds all
 * before the second); an empty list still makes one empty shard.
 */
export function packShards(entries: Iterable<[string, string]>, targetBytes: number): Shard[] {
  const shards: Shard[] = [];
  let parts: string[] = [];
  let size = 0;
  let first = '';
  const flush = (): void => {
    if (parts.length > 0) shards.push({ first, json: `{${parts.join(',')}}` });
    parts = [];
    size = 0;
  };
  for (const [key, entry] of entries) {
    if (size > 0 && size + entry.length > targetBytes) flush();
    if (parts.length === 0) first = shards.length === 0 ? '' : key;
    parts.push(entry);
    size += entry.length + 1;
  }
  flush();
  if (shards.length === 0) shards.push({ first: '', json: '{}' });
  return shards;
}
