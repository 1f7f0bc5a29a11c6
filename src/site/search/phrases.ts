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
  /** `[ref, n, positions...]` per plan holding the pair, refs ascending. */
  list: number[];
  /** The last plan added, and where its count is in `list`. */
  ref: number;
  countAt: number;
}

/** Every pair of neighbouring words, with the plans and positions it stands at. */
function collectPairs(plans: readonly LearningPlan[]): Map<string, Pair> {
  const pairs = new Map<string, Pair>();
  plans.forEach((plan, ref) => {
    let position = 0;
    for (const run of runsOf(plan)) {
      const words = phraseWords(run);
      for (let i = 0; i + 1 < words.length; i++, position++) {
        const key = pairKey(words[i] as string, words[i + 1] as string);
        const pair = pairs.get(key);
        if (pair === undefined) pairs.set(key, { list: [ref, 1, position], ref, countAt: 1 });
        else if (pair.ref !== ref) {
          pair.list.push(ref, 1, position);
          pair.ref = ref;
          pair.countAt = pair.list.length - 2;
        } else {
          pair.list.push(position);
          (pair.list[pair.countAt] as number) += 1;
        }
      }
      // The run's last word, and a gap of one, so no pair or phrase reads across two runs.
      position += 2;
    }
  });
  return pairs;
}

/** `[ref, n, positions...]` with refs and positions as differences, as the files hold them. */
function deltas(list: readonly number[]): number[] {
  const out: number[] = [];
  let previous = 0;
  for (let i = 0; i < list.length;) {
    const ref = list[i] as number;
    const n = list[i + 1] as number;
    out.push(ref - previous, n);
    previous = ref;
    let last = 0;
    for (let j = 0; j < n; j++) {
      const position = list[i + 2 + j] as number;
      out.push(position - last);
      last = position;
    }
    i += 2 + n;
  }
  return out;
}

/** The phrase files' JSON, about `targetBytes` each. */
export function phraseShards(plans: readonly LearningPlan[], targetBytes: number): string[] {
  const entries: [string, string][] = [];
  let total = 0;
  for (const [key, { list }] of collectPairs(plans)) {
    const entry = `${JSON.stringify(key)}:[${deltas(list).join(',')}]`;
    entries.push([key, entry]);
    total += entry.length + 1;
  }
  const count = Math.max(1, Math.ceil(total / targetBytes));
  const parts: string[][] = Array.from({ length: count }, () => []);
  for (const [key, entry] of entries) parts[phraseShardOf(key, count)]?.push(entry);
  return parts.map((p) => `{${p.join(',')}}`);
}
