// The phrase index (common/phrase-index.ts): every pair of neighbouring words of a plan's title,
// summary, answers and tags, with the word positions it stands at, cut into files by a hash of
// the pair. Each line and each tag is a run of its own: a pair never spans two of them.
import type { LearningPlan } from '../../record/schema.ts';
import { pairKey, phraseShardOf, phraseWords } from '../../common/phrase-index.ts';
import { answerText } from './documents.ts';

/** The texts of a plan a phrase may stand in, one run per line or tag value. */
function runsOf(plan: LearningPlan): string[] {
  const tags = [plan.methods, plan.datasources, plan.thematicAreas].flat().map((f) => f.value);
  const texts = [plan.fullTitle ?? plan.title, plan.summary, answerText(plan)];
  return [...texts.flatMap((t) => t.split('\n')), ...plan.countries, ...tags];
}

interface Pair {
  /** The file's list as it grows: `[ref delta, n, position, position delta...]` per plan. */
  list: number[];
  /** The last plan added, where its count is in `list`, and its last position. */
  ref: number;
  countAt: number;
  last: number;
}

/** Numbers for words, so a pair is a number: half a million string keys would be slow. */
class WordNumbers {
  readonly words: string[] = [];
  private readonly numbers = new Map<string, number>();

  of(word: string): number {
    let n = this.numbers.get(word);
    if (n === undefined) {
      n = this.words.length;
      this.numbers.set(word, n);
      this.words.push(word);
    }
    return n;
  }
}

/** Room for 2^24 distinct words: a pair's number stays an exact integer. */
const wordRange = 2 ** 24;

/**
 * Every pair of neighbouring words (as `first * wordRange + second`), with the plans and
 * positions it stands at, already written as differences, so no second copy is made.
 */
function collectPairs(plans: readonly LearningPlan[], numbers: WordNumbers): Map<number, Pair> {
  const pairs = new Map<number, Pair>();
  plans.forEach((plan, ref) => {
    let position = 0;
    for (const run of runsOf(plan)) {
      const words = phraseWords(run).map((word) => numbers.of(word));
      for (let i = 0; i + 1 < words.length; i++, position++) {
        const key = (words[i] as number) * wordRange + (words[i + 1] as number);
        const pair = pairs.get(key);
        if (pair === undefined) {
          pairs.set(key, { list: [ref, 1, position], ref, countAt: 1, last: position });
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
      }
      // The run's last word, and a gap of one, so no pair or phrase reads across two runs.
      position += 2;
    }
  });
  if (numbers.words.length > wordRange) throw new Error('too many distinct words for phrases');
  return pairs;
}

const digits = (n: number): number => (n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : String(n).length);

/** The length of a pair's JSON entry, `"key":[list]` (words need no escaping). */
function entryLength(key: string, list: readonly number[]): number {
  let length = key.length + 5 + Math.max(0, list.length - 1);
  for (const n of list) length += digits(n);
  return length;
}

/** The phrase files' JSON, about `targetBytes` each. */
export function phraseShards(plans: readonly LearningPlan[], targetBytes: number): string[] {
  const numbers = new WordNumbers();
  const pairs = collectPairs(plans, numbers);
  const keyOf = (pair: number): string =>
    pairKey(
      numbers.words[Math.floor(pair / wordRange)] as string,
      numbers.words[pair % wordRange] as string,
    );
  let total = 0;
  for (const [pair, { list }] of pairs) total += entryLength(keyOf(pair), list) + 1;
  const count = Math.max(1, Math.ceil(total / targetBytes));
  const parts: string[][] = Array.from({ length: count }, () => []);
  // Each pair goes once written, and each file's entries once joined: the lists and their
  // text need not all be in memory at once (the build's peak is what it costs).
  for (const [pair, { list }] of pairs) {
    const key = keyOf(pair);
    parts[phraseShardOf(key, count)]?.push(`${JSON.stringify(key)}:[${list.join(',')}]`);
    pairs.delete(pair);
  }
  return parts.map((p, i) => {
    parts[i] = [];
    return `{${p.join(',')}}`;
  });
}
