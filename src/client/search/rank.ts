// Ranking beyond the scores. The scores are lunr's BM25 and stay so (split-equality tests), but
// a plan whose title holds every word of the query is what a user typing those words wants, so
// such plans come first, in score order; then the rest, in score order.
import { clauseRefs, type Clause, type Hit, type TermLookup } from './engine.ts';

/**
 * Hits whose title holds every word first. Clauses for other fields (`country:kenya`) and
 * words a plan's language stops are not asked of its title.
 */
export function titlesFirst(
  hits: readonly Hit[],
  clauses: readonly Clause[],
  lookup: TermLookup,
  docLanguages = '',
): Hit[] {
  const asked = clauses.filter((c) => c.fields.includes('t'));
  if (asked.length === 0) return [...hits];
  const inTitles = asked.map((clause) => ({
    refs: clauseRefs(clause, lookup, 't'),
    stopped: clause.stoppedIn ?? [],
  }));
  const allInTitle = (ref: number): boolean =>
    inTitles.every(
      ({ refs, stopped }) => refs.has(ref) || stopped.includes(docLanguages[ref] ?? ''),
    );
  const first: Hit[] = [];
  const rest: Hit[] = [];
  for (const hit of hits) (allInTitle(hit.ref) ? first : rest).push(hit);
  return [...first, ...rest];
}
