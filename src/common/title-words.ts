// Title words as typed, as the build writes them and the browser reads them. While a word is
// typed, the search completes it to the words most plans hold (client/search/complete.ts): two
// letters ("maize co") give the few commonest ("community", "covid"), never the rare word the
// title sought holds ("cobs"). So the build lists the rarer words of the titles with the plans
// whose titles hold them, in files chosen by a hash of their first two letters (`n/{i}.json`):
// the browser takes those the query's other words' plans hold.
import { bucketOf } from './hash-bucket.ts';

/** A title words file: word (folded, as the word dictionary has it) → the refs holding it. */
export type TitleWordsJson = Record<string, number[]>;

/** Words in more titles than this are left out: the commonest completions reach them. */
export const titleWordLimit = 30;

/** The file of the words starting with these letters: a word's first two, hashed. */
export function titleWordsFileOf(word: string, files: number): number {
  return bucketOf([...word].slice(0, 2).join(''), files);
}
