// Shared by the equality tests: the unsplit lunr index of some documents, the split lookup of
// the same documents, and a comparison of their answers.
import lunr from 'lunr';
import { runQuery, type Clause } from '../../src/client/search/engine.ts';
import { searchFields } from '../../src/common/search-fields.ts';
import { joinShardParts, ShardLookup, type ShardJson } from '../../src/client/search/lookup.ts';
import { fieldTermsAndWords, type FieldTerms } from '../../src/site/search/documents.ts';
import { cutWordShards, WordCollector } from '../../src/site/search/words.ts';
import { WordLookup } from '../../src/client/search/words.ts';
import type { WordShardJson } from '../../src/common/search-format.ts';
import type { LearningPlan } from '../../src/record/schema.ts';
import { cutShards } from '../../src/site/search/shards.ts';
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

/** The split index of some documents, every shard's files loaded and joined as the client does. */
export function splitLookup(
  docs: readonly FieldTerms[],
  shardBytes: number,
  partBytes?: number,
): ShardLookup {
  const shards = cutShards(computeWeights(docs, searchFields), shardBytes, partBytes);
  const lookup = new ShardLookup(shards.map((s) => s.first));
  shards.forEach((s, i) =>
    lookup.add(i, joinShardParts(s.files.map((json) => JSON.parse(json) as ShardJson))),
  );
  return lookup;
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
