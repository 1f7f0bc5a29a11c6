// The phrase index (common/phrase-index.ts): every pair of neighbouring words of a plan's title,
// summary, answers and tags, with the word positions it stands at, cut into files by a hash of
// the pair. Each line and each tag is a run of its own: a pair never spans two of them.
import type { LearningPlan } from '../../record/schema.ts';
import { pairKey, phraseShardOf, phraseWords } from '../../common/phrase-index.ts';
import { answerText } from './documents.ts';
import { Numbering } from './numbering.ts';

/** The texts of a plan a phrase may stand in, one run per line or tag value. */
function runsOf(plan: LearningPlan): string[] {
  const tags = [plan.methods, plan.datasources, plan.thematicAreas].flat().map((f) => f.value);
  const texts = [plan.fullTitle ?? plan.title, plan.summary, answerText(plan)];
  return [...texts.flatMap((t) => t.split('\n')), ...plan.countries, ...tags];
}

/** Room for 2^24 distinct words: a pair's number stays an exact integer. */
const wordRange = 2 ** 24;

/** A run's end in a plan's pairs: the run's last word, and a gap of one. */
const runEnd = -1;

/**
 * Every plan's neighbouring word pairs as pair ids, in order, `runEnd` after each run: four bytes
 * a word, where the lists of every pair at once took a gigabyte at 50,000 plans.
 */
class PlanPairs {
  /** Numbers for words, so a pair is a number: half a million string keys would be slow. */
  readonly words = new Numbering<string>();
  /** Pair ids; each one's key is `first * wordRange + second`. */
  readonly pairs = new Numbering<number>();
  readonly plans: Int32Array[] = [];

  constructor(plans: readonly LearningPlan[]) {
    for (const plan of plans) {
      const ids: number[] = [];
      for (const run of runsOf(plan)) {
        const words = phraseWords(run).map((word) => this.words.of(word));
        for (let i = 0; i + 1 < words.length; i++) {
          ids.push(this.pairs.of((words[i] as number) * wordRange + (words[i + 1] as number)));
        }
        ids.push(runEnd);
      }
      this.plans.push(Int32Array.from(ids));
    }
    if (this.words.keys.length > wordRange) throw new Error('too many distinct words for phrases');
  }

  key(id: number): string {
    const pair = this.pairs.keys[id] as number;
    const words = this.words.keys;
    return pairKey(
      words[Math.floor(pair / wordRange)] as string,
      words[pair % wordRange] as string,
    );
  }

  /** Calls `visit(id, ref, position)` for every pair of every plan, in order. */
  each(visit: (id: number, ref: number, position: number) => void): void {
    this.plans.forEach((ids, ref) => {
      let position = 0;
      for (const id of ids) {
        if (id === runEnd) position += 2;
        else visit(id, ref, position++);
      }
    });
  }
}

const digits = (n: number): number => (n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : String(n).length);

/** The length of every pair's JSON entry, `"key":[list]` and a comma (words need no escaping). */
function totalLength(pairs: PlanPairs): number {
  const count = pairs.pairs.keys.length;
  const lastRef = new Int32Array(count).fill(-1);
  const refBefore = new Int32Array(count);
  const last = new Int32Array(count);
  const n = new Int32Array(count);
  let total = 0;
  pairs.each((id, ref, position) => {
    if (lastRef[id] !== ref) {
      // A plan's `ref delta, n, position`; the n of the plan before is known now.
      if (lastRef[id] !== -1) total += digits(n[id] as number);
      total += digits(ref - (refBefore[id] as number)) + digits(position) + 3;
      refBefore[id] = ref;
      lastRef[id] = ref;
      n[id] = 1;
    } else {
      total += digits(position - (last[id] as number)) + 1;
      n[id] = (n[id] as number) + 1;
    }
    last[id] = position;
  });
  for (let id = 0; id < count; id++) {
    // The last plan's n, the key, `"":[]` and the comma; a list of k numbers has k - 1 commas.
    total += digits(n[id] as number) + pairs.key(id).length + 5 + 1 - 1;
  }
  return total;
}

interface Pair {
  /** The file's list as it grows: `[ref delta, n, position, position delta...]` per plan. */
  list: number[];
  /** The last plan added, where its count is in `list`, and its last position. */
  ref: number;
  countAt: number;
  last: number;
}

/** The lists of the pairs `wanted` keeps, already written as differences, in first-seen order. */
function collectLists(pairs: PlanPairs, wanted: (id: number) => boolean): Map<number, Pair> {
  const lists = new Map<number, Pair>();
  pairs.each((id, ref, position) => {
    if (!wanted(id)) return;
    const pair = lists.get(id);
    if (pair === undefined) {
      lists.set(id, { list: [ref, 1, position], ref, countAt: 1, last: position });
    } else if (pair.ref !== ref) {
      pair.list.push(ref - pair.ref, 1, position);
      pair.ref = ref;
      pair.countAt = pair.list.length - 2;
      pair.last = position;
    } else {
      pair.list.push(position - pair.last);
      pair.last = position;
      (pair.list[pair.countAt] as number) += 1;
    }
  });
  return lists;
}

/** About how many bytes of the files' JSON one pass over the plans makes. */
const defaultPassBytes = 8_000_000;

/**
 * The phrase files' JSON, about `targetBytes` each, handed to `emit` in order. The files are
 * made a few at a time, each few in one pass over the plans' pairs, so only their lists are in
 * memory at once, and each file can be written before the next is made. Returns their number.
 */
export function emitPhraseFiles(
  plans: readonly LearningPlan[],
  targetBytes: number,
  emit: (json: string, i: number) => void,
  passBytes = defaultPassBytes,
): number {
  const pairs = new PlanPairs(plans);
  const total = totalLength(pairs);
  const count = Math.max(1, Math.ceil(total / targetBytes));
  const shardOf = Int32Array.from(pairs.pairs.keys, (_, id) => phraseShardOf(pairs.key(id), count));
  const perPass = Math.max(1, Math.floor((count * passBytes) / Math.max(1, total)));
  for (let from = 0; from < count; from += perPass) {
    const to = Math.min(count, from + perPass);
    const inPass = (id: number): boolean =>
      (shardOf[id] as number) >= from && (shardOf[id] as number) < to;
    const lists = collectLists(pairs, inPass);
    const parts: string[][] = Array.from({ length: to - from }, () => []);
    for (const [id, { list }] of lists) {
      const entry = `${JSON.stringify(pairs.key(id))}:[${list.join(',')}]`;
      parts[(shardOf[id] as number) - from]?.push(entry);
      lists.delete(id);
    }
    parts.forEach((part, i) => emit(`{${part.join(',')}}`, from + i));
  }
  return count;
}

/** The phrase files' JSON, about `targetBytes` each. */
export function phraseShards(
  plans: readonly LearningPlan[],
  targetBytes: number,
  passBytes = defaultPassBytes,
): string[] {
  const files: string[] = [];
  emitPhraseFiles(plans, targetBytes, (json) => files.push(json), passBytes);
  return files;
}
