// The word dictionary: the folded words of the documents as written (not stemmed), each with the
// index terms it became and the number of plans holding it. The browser reads it to complete a
// half-typed word past its stem ("manufacturin" → manufacturing → manufactur) and to correct a
// typo, fetching only the shard a word falls in, never the whole index.
import type { WordShardJson } from '../../common/search-format.ts';
import { compareTerms, packShards, type Shard } from './shards.ts';

type WordEntry = WordShardJson[string];

interface Seen {
  terms: Set<string>;
  plans: number;
  lastPlan: number;
  /** Met in a title, tag or summary: kept even when one plan alone holds it. */
  kept: boolean;
}

/** Collects words plan by plan, as the documents are analysed. */
export class WordCollector {
  private readonly words = new Map<string, Seen>();
  private plan = -1;

  nextPlan(): void {
    this.plan += 1;
  }

  add(word: string, term: string, field: string): void {
    // Numbers are found by their terms; completing "20" to every year would only add noise.
    if (/^\d+$/.test(word)) return;
    let seen = this.words.get(word);
    if (seen === undefined) {
      seen = { terms: new Set(), plans: 0, lastPlan: -1, kept: false };
      this.words.set(word, seen);
    }
    seen.terms.add(term);
    if (seen.lastPlan !== this.plan) {
      seen.plans += 1;
      seen.lastPlan = this.plan;
    }
    if (field !== 'b') seen.kept = true;
  }

  /**
   * Words of titles, tags and summaries, and the words of answers found in two plans or more:
   * a word only one answer holds is most often a typo or a name, and would double the size.
   */
  entries(): [string, WordEntry][] {
    return [...this.words]
      .filter(([, seen]) => seen.kept || seen.plans > 1)
      .sort(([a], [b]) => compareTerms(a, b))
      .map(([word, seen]) => [word, [seen.plans, ...seen.terms]]);
  }
}

/** Sorted entries into JSON files of about `targetBytes`, as the term shards are cut. */
export function cutWordShards(entries: [string, WordEntry][], targetBytes: number): Shard[] {
  return packShards(
    entries.map(([word, entry]) => [word, `${JSON.stringify(word)}:${JSON.stringify(entry)}`]),
    targetBytes,
  );
}
