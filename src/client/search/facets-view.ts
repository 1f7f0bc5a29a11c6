// The facet filters: per facet a group of checkboxes, values ordered by count, labelled with
// the count of results each would show; the most common few first, the rest behind a button.
import { filterFacets, type FilterFacet } from '../../common/facets.ts';
import type { FacetCounts, Filters } from '../filters.ts';
import { el } from './dom.ts';
import type { FacetData } from '../../common/search-format.ts';

const shortList = 8;

export interface FacetViewOptions {
  facets: FacetData;
  counts: FacetCounts;
  /** How many results the counts are from, when not all of them (search/facet-counts.ts). */
  countedIn?: number | null;
  filters: Filters;
  /** Facets whose full list the user opened. */
  expanded: ReadonlySet<FilterFacet>;
  onToggle: (facet: FilterFacet, key: string) => void;
  onExpand: (facet: FilterFacet) => void;
}

function facetGroup(facet: FilterFacet, options: FacetViewOptions): HTMLElement | null {
  const selected = new Set(options.filters[facet] ?? []);
  const counts = options.counts[facet];
  const values = options.facets.values[facet]
    .map((value, code) => ({ ...value, code, count: counts[code] ?? 0 }))
    .filter((v) => v.count > 0 || selected.has(v.key));
  if (values.length === 0) return null;
  if (facet !== 'year' && facet !== 'sdg') values.sort((a, b) => b.count - a.count);
  const open = options.expanded.has(facet) || values.length <= shortList + 2;
  const shown = open ? values : values.filter((v, i) => i < shortList || selected.has(v.key));
  const list = el('ul', { class: 'facet-values' });
  for (const value of shown) {
    // Codes, not keys: two keys may differ only in characters an id cannot hold.
    const id = `facet-${facet}-${value.code}`;
    const box = el('input', {
      type: 'checkbox',
      id,
      name: facet,
      value: value.key,
      checked: selected.has(value.key),
    });
    box.addEventListener('change', () => options.onToggle(facet, value.key));
    list.append(
      el(
        'li',
        {},
        box,
        el(
          'label',
          { for: id },
          value.label,
          ' ',
          el('span', { class: 'count' }, `(${value.count})`),
        ),
      ),
    );
  }
  const more = open
    ? null
    : el('button', { type: 'button', class: 'facet-more' }, `Show all ${values.length}`);
  more?.addEventListener('click', () => options.onExpand(facet));
  return el(
    'fieldset',
    { class: 'facet', 'data-facet': facet },
    el('legend', {}, options.facets.titles[facet]),
    list,
    more,
  );
}

export function renderFacets(container: HTMLElement, options: FacetViewOptions): void {
  // Re-rendering must not lose a keyboard user's place: focus returns to the same checkbox,
  // or after "Show all" to the first value it revealed.
  const focused = document.activeElement;
  const box = focused instanceof HTMLInputElement && container.contains(focused) ? focused : null;
  const more = focused instanceof HTMLElement && focused.classList.contains('facet-more');
  const moreFacet = more ? focused.closest('fieldset')?.getAttribute('data-facet') : null;
  const groups = filterFacets.map((facet) => facetGroup(facet, options));
  const note =
    options.countedIn == null
      ? null
      : el('p', { class: 'facet-note' }, `Counts in the first ${options.countedIn} results`);
  container.replaceChildren(...[note, ...groups].filter((g): g is HTMLElement => g !== null));
  const inputs = [...container.querySelectorAll('input')];
  if (box !== null) {
    inputs.find((i) => i.name === box.name && i.value === box.value)?.focus();
  } else if (moreFacet) {
    inputs.filter((i) => i.name === moreFacet)[shortList]?.focus();
  }
}
