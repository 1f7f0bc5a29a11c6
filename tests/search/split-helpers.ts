// Shared by the equality tests: the unsplit lunr index of some documents, the split lookup of
// the same documents, and a comparison of their answers.
import lunr from 'lunr';
import { runQuery, type Clause, type Hit } from '../../src/client/search/engine.ts';
import { titlesFirst } from '../../src/client/search/rank.ts';
import { topHits } from '../../src/client/search/top.ts';
import { shardOf } from '../../src/common/search-format.ts';
import { searchFields } from '../../src/common/search-fields.ts';
import { ShardLookup, type ShardJson } from '../../src/client/search/lookup.ts';
import { fieldTermsAndWords, type FieldTerms } from '../../src/site/search/documents.ts';
import { cutWordShards, WordCollector } from '../../src/site/search/words.ts';
import { WordLookup } from '../../src/client/search/words.ts';
import type { TermPartJson, WordShardJson } from '../../src/common/search-format.ts';
import type { LearningPlan } from '../../src/record/schema.ts';
import { cutShards, type TermShard } from '../../src/site/search/shards.ts';
import { computeWeights } from '../../src/site/search/weights.ts';

/** The word dictionary of some plans, all its shards loaded. */
export function wordLookup(plans: readonly LearningPlan[], shardBytes: number): WordLookup {
  const collector = new WordCollector();
  for (const plan of plans) fieldTermsAndWords(plan, collector);
  const shards = cutWordShards(collector.entries(), shardBytes);
  const lookup = new WordLookup(shards.map((s) => s.first));
  shards.forEach((s, i) => lookup.add(i, JSON.parse(s.json) as WordShardJson));
  return lookup;
}

/** lunr's own index of already analysed documents (an empty pipeline keeps the terms as is). */
export function lunrIndex(docs: readonly FieldTerms[]): lunr.Index {
  const builder = new lunr.Builder();
  builder.ref('id');
  for (const field of searchFields) builder.field(field.code, { boost: field.boost });
  docs.forEach((doc, ref) => builder.add({ id: String(ref), ...doc }));
  return builder.build();
}

/**
 * A lookup over term shards as the client loads them: each whole shard, and of a split term's
 * files the first `parts` (all by default).
 */
export function shardLookup(shards: readonly TermShard[], parts = Infinity): ShardLookup {
  const lookup = new ShardLookup(shards.map((s) => s.first));
  shards.forEach((s, i) => {
    if (s.files.length === 1) lookup.add(i, JSON.parse(s.files[0] as string) as ShardJson);
    else
      s.files
        .slice(0, parts)
        .forEach((json, p) => lookup.addPart(i, p, JSON.parse(json) as TermPartJson));
  });
  return lookup;
}

/**
 * The first `k` results of the clauses as the search loads them: each split term's first file,
 * then the next files of the terms `topHits` names, until it settles. Ranked titles first.
 */
export function settledFirst(
  shards: readonly TermShard[],
  clauses: readonly Clause[],
  k: number,
  docLanguages = '',
): { refs: number[]; files: number } {
  const lookup = shardLookup(shards, 1);
  const firsts = shards.map((s) => s.first);
  let files = 0;
  for (;;) {
    const top = topHits(clauses, lookup, docLanguages, k);
    if (top.hits !== null) {
      const ranked: Hit[] = titlesFirst(top.hits, clauses, lookup, docLanguages);
      return { refs: ranked.map((h) => h.ref), files };
    }
    for (const term of top.need) {
      const i = shardOf(firsts, term);
      const next = lookup.loadedParts(i).length;
      const json = shards[i]?.files[next];
      if (json !== undefined) lookup.addPart(i, next, JSON.parse(json) as TermPartJson);
      files++;
    }
  }
}

/** The first `k` results of the whole index, ranked titles first. */
export function wholeFirst(
  lookup: ShardLookup,
  clauses: readonly Clause[],
  k: number,
  docLanguages = '',
): number[] {
  return titlesFirst(runQuery(clauses, lookup, docLanguages), clauses, lookup, docLanguages)
    .slice(0, k)
    .map((h) => h.ref);
}

/** The split index of some documents, every shard's files loaded as the client does. */
export function splitLookup(
  docs: readonly FieldTerms[],
  shardBytes: number,
  partBytes?: number,
): ShardLookup {
  return shardLookup(cutShards(computeWeights(docs, searchFields), shardBytes, partBytes));
}

/** The clauses as lunr queries: one required term each, no pipeline, trailing wildcard. */
function lunrSearch(index: lunr.Index, clauses: readonly Clause[]): lunr.Index.Result[] {
  return index.query((q) => {
    for (const clause of clauses) {
      const options = {
        fields: [...clause.fields],
        presence: lunr.Query.presence.REQUIRED,
        usePipeline: false,
      };
      for (const t of clause.terms) q.term(t, { ...options, wildcard: lunr.Query.wildcard.NONE });
      for (const p of clause.prefixes) {
        q.term(p, { ...options, wildcard: lunr.Query.wildcard.TRAILING });
      }
    }
  });
}

/**
 * Differences between lunr's results and the split engine's: refs missing on either side,
 * scores further apart than 1e-9, and places where the split ranking puts a lower score first.
 * Clauses must have one term or one prefix each (lunr has no OR inside a required clause).
 */
export function compareWithLunr(
  index: lunr.Index,
  lookup: ShardLookup,
  clauses: readonly Clause[],
): string[] {
  const expected = new Map(lunrSearch(index, clauses).map((r) => [Number(r.ref), r.score]));
  const actual = runQuery(clauses, lookup);
  const problems: string[] = [];
  if (expected.size === 0) problems.push('lunr found nothing: not a useful comparison');
  for (const hit of actual) {
    const score = expected.get(hit.ref);
    if (score === undefined) problems.push(`${hit.ref} found only by the split index`);
    else if (Math.abs(score - hit.score) > 1e-9)
      problems.push(`${hit.ref}: ${hit.score} ≠ ${score}`);
  }
  const found = new Set(actual.map((h) => h.ref));
  for (const ref of expected.keys()) if (!found.has(ref)) problems.push(`${ref} missing`);
  actual.forEach((hit, i) => {
    const next = actual[i + 1];
    if (next !== undefined && next.score > hit.score + 1e-9)
      problems.push(`rank ${i} out of order`);
  });
  return problems;
}
