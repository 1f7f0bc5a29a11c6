// One search: the query read, the shards it needs loaded, the engine run, the facet filters
// applied and the facet counts taken, ready to render. No DOM here.
import {
  compileFilters,
  countFacetValues,
  filterRefs,
  hasFilters,
  type FacetCounts,
  type SearchState,
} from '../filters.ts';
import { toClauses } from './clauses.ts';
import { completeClauses } from './complete.ts';
import { expand, runQuery, type Clause } from './engine.ts';
import type { SearchIndex } from './loader.ts';
import type { FacetData } from '../../common/search-format.ts';
import { readPhrases, readQuery, type QueryWord } from './query.ts';
import { phrasesFirst } from './phrase.ts';
import type { Highlight } from './snippet.ts';
import { titlesFirst } from './rank.ts';

export interface Outcome {
  /** `idle`: nothing to search for yet; `words`: a text query; `browse`: filters alone. */
  kind: 'idle' | 'words' | 'browse';
  /** Matching plans in rank order, filters applied. */
  refs: number[];
  /** Matches of the text alone, before the filters. */
  textMatches: number;
  counts: FacetCounts;
  facets: FacetData;
  highlight: Highlight;
  /** Query words no plan contains, for the no-results message. */
  unknownWords: string[];
}

/** The clauses of the words, the word being typed completed from the word dictionary. */
export async function queryClauses(
  index: SearchIndex,
  words: readonly QueryWord[],
): Promise<Clause[]> {
  const typed = toClauses(words, index.languages);
  const dictionary = await index.loadWords(typed.flatMap((c) => (c.typed ? [c.typed] : [])));
  return completeClauses(typed, dictionary, (p) => index.prefixShards(p));
}

export async function runSearch(index: SearchIndex, state: SearchState): Promise<Outcome> {
  // The last word counts as a prefix unless a space follows it, on every path (typing, reload,
  // back button), so the same URL always shows the same results.
  const words = readQuery(state.q, true);
  const clauses = await queryClauses(index, words);
  const dictionary = index.words;
  const [facets, lookup] = await Promise.all([index.facets(), index.lookup(clauses)]);
  const compiled = compileFilters(state.filters, facets);
  const terms = new Set(clauses.flatMap((c) => expand(c, lookup)));
  const unknownWords = words
    .filter((w) =>
      completeClauses(toClauses([w], index.languages), dictionary, (p) =>
        index.prefixShards(p),
      ).some((clause) => expand(clause, lookup).length === 0 && clause.stoppedIn === undefined),
    )
    .map((w) => w.word);
  const prefixes = clauses.flatMap((c) => c.prefixes);
  const highlight = { terms, prefixes };

  const kind: Outcome['kind'] =
    clauses.length > 0 ? 'words' : hasFilters(state.filters) ? 'browse' : 'idle';
  // Without words every plan matches: filters alone browse, and idle facets show the archive.
  const matched =
    kind === 'words'
      ? await phrasesFirst(
          titlesFirst(
            runQuery(clauses, lookup, index.manifest.languages),
            clauses,
            lookup,
            index.manifest.languages,
          ).map((h) => h.ref),
          readPhrases(state.q),
          (refs) => index.display(refs),
        )
      : Array.from({ length: index.manifest.docs }, (_, ref) => ref);
  return {
    kind,
    refs: kind === 'idle' ? [] : filterRefs(facets, matched, compiled),
    textMatches: matched.length,
    counts: countFacetValues(facets, matched, compiled),
    facets,
    highlight,
    unknownWords,
  };
}
