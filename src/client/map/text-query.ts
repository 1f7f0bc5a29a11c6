// The text query, run by the search page's own engine: it reads the words the same way, loads
// only the index shards they need, and ranks the same plans. Search refs are indexes into the
// published plans in the site's order, as map refs are, so its results need no translation.
import { toClauses } from '../search/clauses.ts';
import { SearchIndex } from '../search/loader.ts';
import { planQuery } from '../search/run.ts';
import { readQuery } from '../search/query.ts';

/** The matching refs; `all` when there are no words to search for; `unavailable` when the
 * index cannot be used (absent, or built from other plans than the map). */
export type TextResult = number[] | 'all' | 'unavailable';
export type TextQuery = (q: string) => Promise<TextResult>;

/** A text query over the search index at `searchRoot` (`{prefix}search/`). */
export function textQuery(searchRoot: string, plans: number): TextQuery {
  let index: Promise<SearchIndex | null> | null = null;
  return async (q) => {
    const words = readQuery(q, true);
    if (toClauses(words).length === 0) return 'all';
    index ??= SearchIndex.open(searchRoot).then(
      (opened) => (opened.manifest.docs === plans ? opened : null),
      () => null,
    );
    const opened = await index;
    if (opened === null) return 'unavailable';
    const { clauses, hits } = await planQuery(opened, words);
    if (clauses.length === 0) return 'all';
    return hits.map((hit) => hit.ref);
  };
}
