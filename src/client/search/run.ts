// One search: the query read, the shards it needs loaded, the engine run, the facet filters
// applied and the facet counts taken, ready to render. No DOM here.
import { hasFilters, type Filters, type SearchState } from '../filters.ts';
import { countLimit, filterResults, type CountedFacets } from './facet-counts.ts';
import { fieldFilters, mergeFilters, textOf, type FieldFilter } from './state.ts';
import { toClauses } from './clauses.ts';
import { completeClauses } from './complete.ts';
import { withTitleWords } from './title-words.ts';
import { expand, runQuery, type Clause, type Hit, type TermLookup } from './engine.ts';
import { correctableWords, correctClauses, typoShardPrefixes, weakWords } from './typos.ts';
import { foldAccents } from '../../common/search-text.ts';
import type { SearchIndex, Theme } from './loader.ts';
import type { FacetData } from '../../common/search-format.ts';
import { readPhrases, readQuery, type QueryWord } from './query.ts';
import { phraseRefs } from './phrase.ts';
import type { Highlight } from './snippet.ts';
import { titlesFirst } from './rank.ts';
import { topHits } from './top.ts';

export interface Outcome {
  /** `idle`: nothing to search for yet; `words`: a text query; `browse`: filters alone. */
  kind: 'idle' | 'words' | 'browse';
  /**
   * Matching plans in rank order, filters applied: all of them, or, for words without filters,
   * the first `countLimit + 1` (enough for the first page and the counts); `rest` gets the others.
   */
  refs: number[];
  /** Matches of the text alone, before the filters. */
  textMatches: number;
  /** How many plans match: `refs.length`, or more, given exactly or as an estimate. */
  total: number;
  exact: boolean;
  /** The same search with every result, when `refs` holds only the first. */
  rest: (() => Promise<Outcome>) | null;
  /** The facet counts, and how many results they are from (facet-counts.ts), fetched on call. */
  counted: () => Promise<Omit<CountedFacets, 'refs'>>;
  facets: FacetData;
  highlight: Highlight;
  /** Query words no plan contains, for the no-results message. */
  unknownWords: string[];
  /** The query with its typos corrected, when the corrections find more than it does. */
  didYouMean: string | null;
  /** The filters in force: the URL's and the query's `field:value` parts naming a value. */
  filters: Filters;
  /** The query's parts that are filters. */
  parts: FieldFilter[];
  /** The URL's theme filters, with their label; `theme: null` for a slug no theme has. */
  themes: { slug: string; theme: Theme | null }[];
}

export interface PlannedQuery {
  clauses: Clause[];
  /** The clauses before corrections: what was typed, matched exactly or as a prefix. */
  typed: Clause[];
  lookup: TermLookup;
  /** Words that found too little → their best correction. */
  corrections: Map<string, string>;
  /** The plans `clauses` match, best first: the engine's one answer to this query (or its first `top`). */
  hits: Hit[];
  /** How many plans `clauses` match, exactly or as an estimate (top.ts). */
  total: number;
  exact: boolean;
  /** How many plans `typed` match, for "did you mean" (equal to `hits` when nothing was corrected). */
  typedMatches: number;
}

interface Answer {
  hits: Hit[];
  total: number;
  exact: boolean;
}

/**
 * The engine's answer: every match, or with `top` the first `top` only, loading the later files
 * of large terms while they could change those (top.ts).
 */
async function answer(
  index: SearchIndex,
  clauses: readonly Clause[],
  top: number | null,
): Promise<Answer> {
  const [lookup, languages] = await Promise.all([
    index.lookup(clauses, top === null),
    index.languagesFor(clauses),
  ]);
  if (top === null) {
    const hits = runQuery(clauses, lookup, languages);
    return { hits, total: hits.length, exact: true };
  }
  // One more file of each term, then two, four...: a few round trips even for a long term.
  for (let count = 1; ; count *= 2) {
    const found = topHits(clauses, lookup, languages, top);
    if (found.hits !== null) return { hits: found.hits, total: found.total, exact: found.exact };
    if (!(await index.more(found.need, count))) return answer(index, clauses, null);
  }
}

/**
 * The clauses of the words with the shards they need loaded, and their hits: the word being
 * typed completed from the word dictionary, then the words that find too little corrected from
 * it (every word, when together they find nothing: a typo may spell another, rarer word). If
 * the word being typed, not yet a word of the index, still leaves nothing, it is not asked yet:
 * the user sees the plans of the words before it, never "no plan matches" for a query on its
 * way to one that has results. The engine runs once for a query that needs no correction,
 * twice for one that does (what was typed, then the corrected), once more to drop a half word.
 * With `top`, the hits are the first `top` only (the total says how many there are).
 */
export async function planQuery(
  index: SearchIndex,
  words: readonly QueryWord[],
  top: number | null = null,
): Promise<PlannedQuery> {
  const first = toClauses(words, index.languages);
  const typing = first.flatMap((c) => (c.typed ? [c.typed] : []));
  const [dictionary] = await Promise.all([index.loadWords(typing), index.loadPrefixes(typing)]);
  const completed = completeClauses(first, dictionary, (p) => index.prefixShards(p));
  const typed = await withTitleWords(index, completed, dictionary);
  const typedAnswer = await answer(index, typed, top);
  const lookup = await index.lookup(typed, top === null);
  // A large term's first file holds thousands of plans, so "too few" is the same as with all.
  const weak = typedAnswer.total > 0 ? weakWords(typed, lookup) : correctableWords(typed);
  let planned: PlannedQuery = {
    clauses: typed,
    typed,
    lookup,
    corrections: new Map(),
    ...typedAnswer,
    typedMatches: typedAnswer.total,
  };
  if (weak.length > 0) {
    const corrected = correctClauses(typed, weak, await index.loadWords(typoShardPrefixes(weak)));
    planned = { ...planned, ...corrected, ...(await answer(index, corrected.clauses, top)) };
  }
  // A whole word the index holds ("kiosk mangroves") is asked, and may find nothing; two
  // letters ("book" typed as "bo") are most often on their way to a longer word.
  const last = first.at(-1);
  const whole =
    (last?.word?.length ?? 0) > 2 &&
    (last?.terms.some((t) => lookup.get(t) !== undefined) ?? false);
  if (last?.typed === undefined || whole || planned.clauses.length <= 1 || planned.total > 0) {
    return planned;
  }
  const clauses = planned.clauses.slice(0, -1);
  const left = await answer(index, clauses, top);
  // The words left were corrected only if one of them holds a correction.
  const correctedLeft = clauses.some((c, i) => c !== typed[i]);
  const typedMatches = correctedLeft
    ? (await answer(index, typed.slice(0, -1), top)).total
    : left.total;
  return { ...planned, clauses, typed: typed.slice(0, -1), ...left, typedMatches };
}

/** The query with each corrected word replaced, or null when nothing was corrected. */
export function correctedQuery(q: string, corrections: ReadonlyMap<string, string>): string | null {
  if (corrections.size === 0) return null;
  return q.replace(/[\p{L}\p{N}]+/gu, (w) => corrections.get(foldAccents(w)) ?? w);
}

/**
 * One search. Words without filters, themes or phrases rank only the first `countLimit + 1`
 * plans (one more than the counts take, so they say they are of the first `countLimit`), which
 * a large term's first files most often settle; `all` ranks every match.
 */
export async function runSearch(
  index: SearchIndex,
  state: SearchState,
  all = false,
): Promise<Outcome> {
  // The last word counts as a prefix unless a space follows it, on every path (typing, reload,
  // back button), so the same URL always shows the same results.
  // The facet values come first: a fielded word naming one is a filter (state.ts).
  const facets = await index.facets();
  const parts = fieldFilters(state.q, facets);
  const text = textOf(state.q, parts);
  const filters = mergeFilters(state.filters, parts);
  const words = readQuery(text, true);
  const phrases = readPhrases(text, true);
  const firstOnly =
    !all && !hasFilters(filters) && state.themes.length === 0 && phrases.length === 0;
  const planned = await planQuery(index, words, firstOnly ? countLimit + 1 : null);
  const { clauses, lookup, corrections, hits, typedMatches } = planned;
  const expanded = clauses.map((c) => expand(c, lookup));
  const terms = new Set(expanded.flat());
  const unknownWords = clauses
    .filter((clause, i) => expanded[i]?.length === 0 && clause.stoppedIn === undefined)
    .map((clause) => clause.word ?? clause.typed ?? '');
  const prefixes = clauses.flatMap((c) => c.prefixes);
  const highlight = { terms, prefixes };

  const themes = await Promise.all(
    state.themes.map(async (slug) => ({ slug, theme: await index.theme(slug) })),
  );
  const kind: Outcome['kind'] =
    clauses.length > 0 ? 'words' : hasFilters(filters) || themes.length > 0 ? 'browse' : 'idle';
  // Without words every plan matches: filters alone browse, and idle facets show the archive.
  let matched: number[];
  if (kind === 'words') {
    const languages = await index.languagesFor(clauses);
    const ranked = titlesFirst(hits, clauses, lookup, languages).map((h) => h.ref);
    const phrased = await phraseRefs(phrases, (keys) => index.pairs(keys));
    matched = phrased === null ? ranked : ranked.filter((ref) => phrased.has(ref));
  } else {
    matched = Array.from({ length: index.manifest.docs }, (_, ref) => ref);
  }
  // A theme is not a counted facet: the plans without one of the themes are not results, and
  // the counts are of the rest.
  const inTheme = themes.length === 0 ? matched : matched.filter((ref) => hasTheme(themes, ref));
  const filtered = await filterResults(index, inTheme, filters);
  const refs = kind === 'idle' ? [] : filtered.refs;
  const first = kind === 'words' && firstOnly;
  const total = first ? planned.total : refs.length;
  const exact = first ? planned.exact : true;
  return {
    kind,
    refs,
    textMatches: first ? total : matched.length,
    total,
    exact,
    rest: exact && total === refs.length ? null : () => runSearch(index, state, true),
    counted: filtered.counted,
    facets,
    highlight,
    unknownWords,
    didYouMean:
      kind === 'words' && planned.total > typedMatches
        ? correctedQuery(state.q, corrections)
        : null,
    filters,
    parts,
    themes,
  };
}

function hasTheme(themes: Outcome['themes'], ref: number): boolean {
  return themes.some(({ theme }) => theme?.plans.has(ref) === true);
}
