// Ranking beyond the scores. The scores are lunr's BM25 and stay so (split-equality tests), but
// a plan whose title holds every word of the query is what a user typing those words wants, so
// such plans come first, in score order; then the rest, in score order.
import { expand, type Clause, type Hit, type TermLookup } from './engine.ts';

/** Refs whose title holds a term of the clause. */
function titleRefs(clause: Clause, lookup: TermLookup): Set<number> {
  const refs = new Set<number>();
  for (const term of expand(clause, lookup)) {
    const list = lookup.get(term)?.t ?? [];
    for (let i = 0; i < list.length; i += 2) refs.add(list[i] as number);
  }
  return refs;
}

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
    refs: titleRefs(clause, lookup),
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
