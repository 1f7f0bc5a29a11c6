// The word dictionary of the loaded shards (src/site/search/words.ts writes it): completions of
// a half-typed word, and the words one or two edits from a mistyped one.
import { allowedEdits, editDistance } from '../../common/edit-distance.ts';
import type { WordShardJson } from '../../common/search-format.ts';
import { locator, type ShardLocator } from './ranges.ts';

export interface WordMatch {
  word: string;
  /** Plans holding the word. */
  plans: number;
  terms: readonly string[];
}

function byPlans(a: WordMatch, b: WordMatch): number {
  return b.plans - a.plans || (a.word < b.word ? -1 : 1);
}

export class WordLookup {
  private readonly shardsAt: ShardLocator;
  private readonly shards = new Map<number, WordShardJson>();

  /** `firsts`: every shard's first word, or the index's `Ranges`. */
  constructor(firsts: readonly string[] | ShardLocator) {
    this.shardsAt = locator(firsts);
  }

  add(i: number, shard: WordShardJson): void {
    this.shards.set(i, shard);
  }

  private *entries(prefix: string): Generator<WordMatch> {
    for (const i of this.shardsAt.shardsOfPrefix(prefix)) {
      const shard = this.shards.get(i) ?? {};
      for (const word of Object.keys(shard)) {
        if (!word.startsWith(prefix)) continue;
        const [plans, ...terms] = shard[word] as WordShardJson[string];
        yield { word, plans, terms };
      }
    }
  }

  /** The `limit` words starting with `prefix` that most plans hold. */
  completions(prefix: string, limit: number): WordMatch[] {
    return [...this.entries(prefix)].sort(byPlans).slice(0, limit);
  }

  /** `word` as a word of the index, looked for under `prefixes` (see `typoPrefixes`). */
  find(word: string, prefixes: readonly string[]): WordMatch | undefined {
    for (const prefix of prefixes)
      for (const entry of this.entries(prefix)) if (entry.word === word) return entry;
    return undefined;
  }

  /**
   * Words within the edits a word of its length allows, nearest first, then by plans. Only
   * words under `prefixes` are looked at: the shards loaded for it (see `typoPrefixes`).
   */
  near(word: string, prefixes: readonly string[]): (WordMatch & { edits: number })[] {
    const limit = allowedEdits(word.length);
    if (limit === 0) return [];
    const found = new Map<string, WordMatch & { edits: number }>();
    for (const prefix of prefixes) {
      for (const entry of this.entries(prefix)) {
        if (found.has(entry.word) || entry.word === word) continue;
        const edits = editDistance(word, entry.word, limit);
        if (edits <= limit) found.set(entry.word, { ...entry, edits });
      }
    }
    return [...found.values()].sort((a, b) => a.edits - b.edits || byPlans(a, b));
  }
}

/**
 * Where a word's corrections can start: its first two letters, and those after a slip in
 * them (swapped, the first or second dropped). A few small shards, not the whole dictionary.
 */
export function typoPrefixes(word: string): string[] {
  const [a = '', b = '', c = ''] = word;
  return [...new Set([a + b, b + a, b + c, a + c])].filter((p) => p.length === 2);
}
