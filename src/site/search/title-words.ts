// The title words files (common/title-words.ts): each plan's title heard word by word as the
// word dictionary hears it, the words in few titles kept with the refs of those titles.
import type { LearningPlan } from '../../record/schema.ts';
import { analyse, stemLanguageOf } from '../../common/search-text.ts';
import { titleWordLimit, titleWordsFileOf, type TitleWordsJson } from '../../common/title-words.ts';

/** About this many bytes a file: their number follows the archive's titles. */
const defaultFileBytes = 2_000;

/** The files' JSON, `n/{i}.json` for the i-th; plans in ref order. */
export function titleWordFiles(
  plans: readonly LearningPlan[],
  fileBytes = defaultFileBytes,
): string[] {
  const refsOf = new Map<string, number[]>();
  plans.forEach((plan, ref) => {
    analyse(plan.fullTitle ?? plan.title, stemLanguageOf(plan.language), (word) => {
      // Numbers are not completed (the word dictionary leaves them out too).
      if (/^\d+$/.test(word)) return;
      const refs = refsOf.get(word);
      if (refs === undefined) refsOf.set(word, [ref]);
      else if (refs.at(-1) !== ref) refs.push(ref);
    });
  });
  const kept = [...refsOf].filter(([, refs]) => refs.length <= titleWordLimit);
  const bytes = kept.reduce((sum, [word, refs]) => sum + word.length + refs.join().length + 6, 0);
  const count = Math.max(1, Math.ceil(bytes / fileBytes));
  const files = Array.from({ length: count }, () => Object.create(null) as TitleWordsJson);
  for (const [word, refs] of kept) files[titleWordsFileOf(word, count)]![word] = refs;
  return files.map((file) => JSON.stringify(file));
}
