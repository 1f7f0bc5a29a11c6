// The filter controls: a checkbox per facet value with its count. The controls are built once,
// in slices after the places are drawn (hundreds of values would block the page at once), and
// only their counts and visibility change afterwards, so focus stays on the box a user ticked.
import type { FacetTable } from '../../common/facet-codes.ts';
import { filterFacets, type FacetTitles, type FilterFacet } from '../../common/facets.ts';
import type { FacetCounts, Filters } from '../filters.ts';
import { inSlices } from './slices.ts';
import { countText } from '../../common/plural.ts';

/** Values shown before "Show all": long lists (hundreds of methods) stay scannable. */
const shortList = 8;
/** Checkboxes built per task. */
const rowsPerSlice = 150;

interface Row {
  code: number;
  item: HTMLLIElement;
  box: HTMLInputElement;
  count: HTMLSpanElement;
  key: string;
}

export interface FilterPanel {
  update: (filters: Filters, counts: FacetCounts) => void;
}

export async function createFilterPanel(
  root: HTMLElement,
  table: Pick<FacetTable, 'values'>,
  titles: FacetTitles,
  totals: FacetCounts,
  onToggle: (facet: FilterFacet, key: string) => void,
): Promise<FilterPanel> {
  /** Per facet, its rows in display order. */
  const rows = {} as Record<FilterFacet, Row[]>;
  const groups = {} as Record<FilterFacet, HTMLDetailsElement>;
  for (const facet of filterFacets) {
    const values = table.values[facet];
    rows[facet] = [];
    if (values.length === 0) continue;
    const details = document.createElement('details');
    details.className = 'map-facet';
    const summary = document.createElement('summary');
    summary.textContent = titles[facet];
    const list = document.createElement('ul');
    list.className = 'map-facet__values';
    // Years and SDGs keep their natural order; other values go most used first.
    const order = values.map((_, code) => code);
    if (facet !== 'year' && facet !== 'sdg') {
      order.sort((a, b) => (totals[facet][b] ?? 0) - (totals[facet][a] ?? 0));
    }
    await inSlices(order, rowsPerSlice, (code) => {
      const value = values[code];
      if (!value) return;
      const item = document.createElement('li');
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = facet;
      box.value = value.key;
      box.addEventListener('change', () => onToggle(facet, value.key));
      const count = document.createElement('span');
      count.className = 'map-facet__count';
      label.append(box, ` ${value.label} `, count);
      item.append(label);
      list.append(item);
      rows[facet].push({ code, item, box, count, key: value.key });
    });
    details.append(summary, list);
    if (values.length > shortList) {
      const more = document.createElement('button');
      more.type = 'button';
      more.className = 'map-facet__more';
      more.textContent = `Show all ${values.length}`;
      more.setAttribute('aria-expanded', 'false');
      more.addEventListener('click', () => {
        const expanded = list.classList.toggle('map-facet__values--all');
        more.setAttribute('aria-expanded', String(expanded));
        more.textContent = expanded ? 'Show fewer' : `Show all ${values.length}`;
      });
      details.append(more);
    }
    groups[facet] = details;
    root.append(details);
  }

  return {
    update(filters, counts) {
      for (const facet of filterFacets) {
        const selected = new Set(filters[facet] ?? []);
        let shown = 0;
        // Rows are in display order, so the first few visible ones make the short list.
        for (const row of rows[facet]) {
          const n = counts[facet][row.code] ?? 0;
          row.box.checked = selected.has(row.key);
          row.count.textContent = `(${countText(n)})`;
          const visible = n > 0 || row.box.checked;
          row.item.hidden = !visible;
          if (visible) shown += 1;
          row.item.classList.toggle(
            'map-facet__extra',
            visible && shown > shortList && !row.box.checked,
          );
        }
        const group = groups[facet];
        if (group && selected.size > 0) group.open = true;
      }
    },
  };
}
