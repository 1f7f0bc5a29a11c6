// The search page controller: reads the state from the URL, runs searches as the user types
// (debounced) or picks filters, renders them, and keeps the URL and history in step. The index
// loads on first use: when the page opens with a query, or when the search box gets focus.
import { filterFacets, type FilterFacet } from '../../common/facets.ts';
import { withFilterPart, withoutParts } from './state.ts';
import {
  readSearchState,
  removeFilter,
  searchStateToQuery,
  toggleFilter,
  type SearchState,
} from '../filters.ts';
import { el } from './dom.ts';
import { renderFacets } from './facets-view.ts';
import { SearchIndex } from './loader.ts';
import { readQuery } from './query.ts';
import { resultItem } from './results-view.ts';
import { runSearch, type Outcome } from './run.ts';
import { plural } from '../../common/plural.ts';

const pageSize = 10;
const debounceMs = 150;
/** Where public/search/search.css puts the filters behind their button: keep the two equal. */
const phoneWidth = window.matchMedia('(max-width: 55.99rem)');

export interface PageElements {
  app: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  status: HTMLElement;
  active: HTMLElement;
  filters: HTMLElement;
  results: HTMLElement;
  more: HTMLButtonElement;
  /** Narrow screens: opens the filters from the top of the results. */
  filtersButton: HTMLButtonElement | null;
  /** Narrow screens: closes the filters, back to the results. */
  filtersDone: HTMLButtonElement | null;
}

export class SearchPage {
  private readonly ui: PageElements;
  private readonly searchRoot: string;
  private readonly siteRoot: string;
  private state: SearchState;
  private index: Promise<SearchIndex> | null = null;
  private sequence = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** True while the current history entry belongs to the query being typed. */
  private typingEntry = false;
  private shown = pageSize;
  private outcome: Outcome | null = null;
  private readonly expanded = new Set<FilterFacet>();
  /** The filters of the results on screen, while the phone's filters are closed (render). */
  private pendingFacets: (() => Promise<boolean>) | null = null;
  /** "These results on the map": the map reads the same URL state. */
  private readonly mapLink = document.getElementById('search-map-link');

  constructor(ui: PageElements) {
    this.ui = ui;
    this.searchRoot = ui.app.dataset.searchRoot ?? '/search/';
    this.siteRoot = ui.app.dataset.siteRoot ?? '/';
    this.state = readSearchState(location.search);
  }

  start(): void {
    const { form, input, results } = this.ui;
    input.value = this.state.q;
    input.addEventListener('input', () => this.typed());
    // First use: fetch the manifest, so the first query only waits for its own shards. The
    // facet counts come with the first results, not before (they are the largest file).
    input.addEventListener('focus', () => void this.loadIndex().catch(() => undefined), {
      once: true,
    });
    input.addEventListener('keydown', (e) => this.inputKey(e));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      clearTimeout(this.timer);
      this.commit({ ...this.state, q: input.value }, 'push');
    });
    results.addEventListener('keydown', (e) => this.resultKey(e));
    // On this page `/` focuses this page's search box, before the header's handler sees it.
    window.addEventListener(
      'keydown',
      (e) => {
        const target = e.target as HTMLElement | null;
        if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
        if (
          target?.isContentEditable ||
          /^(?:INPUT|TEXTAREA|SELECT)$/.test(target?.tagName ?? '')
        ) {
          return;
        }
        e.preventDefault();
        e.stopPropagation();
        input.focus();
      },
      { capture: true },
    );
    this.ui.more.addEventListener('click', () => void this.showMore());
    this.ui.filtersButton?.addEventListener('click', () => this.openFilters(true));
    this.ui.filtersDone?.addEventListener('click', () => this.openFilters(false));
    // A phone turned or a window widened shows the filters: they need drawing then.
    window.addEventListener('resize', () => {
      if (!this.filtersHidden()) void this.drawPendingFacets();
    });
    window.addEventListener('popstate', () => {
      this.state = readSearchState(location.search);
      input.value = this.state.q;
      this.typingEntry = false;
      this.syncMapLink();
      void this.run();
    });
    this.syncMapLink();
    void this.run();
  }

  /**
   * Phones: the filters are closed behind their button (shown only on narrow screens). Asked of
   * the media query, not of the button's layout: reading layout just after drawing the results
   * made the browser lay the page out again, the largest cost of a search.
   */
  private filtersHidden(): boolean {
    return (
      !!this.ui.filtersButton &&
      phoneWidth.matches &&
      !this.ui.app.classList.contains('filters-open')
    );
  }

  private async drawPendingFacets(): Promise<void> {
    const draw = this.pendingFacets;
    this.pendingFacets = null;
    if (draw) await draw();
  }

  /** Phones: the filters open over the results from the top, and close back to them. */
  private openFilters(open: boolean): void {
    this.ui.app.classList.toggle('filters-open', open);
    this.ui.filtersButton?.setAttribute('aria-expanded', String(open));
    if (open) {
      void this.drawPendingFacets().then(() => this.ui.filters.querySelector('input')?.focus());
    } else {
      this.ui.status.scrollIntoView({ block: 'start' });
      this.ui.filtersButton?.focus();
    }
  }

  private loadIndex(): Promise<SearchIndex> {
    if (this.index === null) {
      this.index = SearchIndex.open(this.searchRoot);
      this.index.catch(() => (this.index = null));
    }
    return this.index;
  }

  private typed(): void {
    // What is on screen no longer answers what is in the box.
    this.ui.results.dataset.state = 'pending';
    this.sequence += 1;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.commit({ ...this.state, q: this.ui.input.value }, this.typingEntry ? 'replace' : 'push');
      this.typingEntry = true;
    }, debounceMs);
  }

  private syncMapLink(): void {
    if (!(this.mapLink instanceof HTMLAnchorElement)) return;
    const root = this.mapLink.dataset.mapRoot ?? `${this.siteRoot}map/`;
    this.mapLink.href = `${root}${searchStateToQuery(this.state)}`;
  }

  private commit(state: SearchState, history: 'push' | 'replace'): void {
    this.state = state;
    this.syncMapLink();
    const url = `${location.pathname}${searchStateToQuery(state)}`;
    if (url !== `${location.pathname}${location.search}`) {
      if (history === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    if (history === 'push' && this.typingEntry) this.typingEntry = false;
    void this.run();
  }

  private setFilters(filters: SearchState['filters']): void {
    this.typingEntry = false;
    this.commit({ ...this.state, filters }, 'push');
  }

  /**
   * A ticked box writes its filter into the search box (`country:kenya`): the box, the chips
   * and the URL then hold one state, and the user sees how to type it.
   */
  private addFilter(outcome: Outcome, facet: FilterFacet, key: string): void {
    // The box may hold words typed since the last search: they are kept, not the older query.
    clearTimeout(this.timer);
    const q = withFilterPart(this.ui.input.value, facet, key, outcome.facets);
    if (q === null) {
      this.setFilters(toggleFilter(this.state.filters, facet, key));
      return;
    }
    this.ui.input.value = q;
    this.typingEntry = false;
    this.commit({ ...this.state, q }, 'push');
  }

  /** Un-ticks a filter however it was asked for: a ticked box, or `field:value` in the query. */
  private removeFilterEverywhere(outcome: Outcome, facet: FilterFacet, key: string): void {
    const parts = outcome.parts.filter((p) => p.facet === facet && p.key === key);
    const q = withoutParts(this.state.q, parts);
    this.ui.input.value = q;
    this.typingEntry = false;
    this.commit(
      { ...this.state, q, filters: removeFilter(this.state.filters, facet, key) },
      'push',
    );
  }

  private async run(): Promise<void> {
    const sequence = ++this.sequence;
    const { results } = this.ui;
    const state = this.state;
    const empty =
      state.q.trim() === '' &&
      state.themes.length === 0 &&
      !filterFacets.some((f) => state.filters[f]?.length);
    if (empty && this.outcome === null) {
      // Nothing asked yet: no facet counts before the first results (they are the largest file).
      this.renderIdle();
      results.dataset.for = '';
      results.dataset.state = 'ready';
      return;
    }
    results.dataset.state = 'loading';
    results.setAttribute('aria-busy', 'true');
    try {
      const index = await this.loadIndex();
      const outcome = await runSearch(index, state);
      if (sequence !== this.sequence) return;
      this.outcome = outcome;
      this.shown = pageSize;
      await this.render(index, outcome, sequence);
    } catch (error) {
      if (sequence !== this.sequence) return;
      console.warn('Search failed to load', error);
      this.ui.status.textContent = 'Search could not load. Check your connection and try again.';
      results.replaceChildren();
      results.dataset.state = 'error';
    } finally {
      if (sequence === this.sequence) results.removeAttribute('aria-busy');
    }
  }

  private renderIdle(): void {
    this.ui.status.textContent = 'Type words to search the plans, or pick filters to browse.';
    this.ui.results.replaceChildren();
    this.ui.active.replaceChildren();
    this.ui.more.hidden = true;
  }

  private async render(index: SearchIndex, outcome: Outcome, sequence: number): Promise<void> {
    const refs = outcome.refs.slice(0, this.shown);
    const entries = await index.display(refs);
    if (sequence !== this.sequence) return;
    this.renderActive(outcome);
    const list = el('ol', { class: 'result-list' });
    for (const ref of refs) {
      const entry = entries.get(ref);
      if (entry !== undefined) list.append(resultItem(entry, this.siteRoot, outcome.highlight));
    }
    this.ui.results.replaceChildren(...(refs.length > 0 ? [list] : []));
    this.ui.status.textContent = this.statusText(outcome);
    this.ui.more.hidden = !hasMore(outcome, this.shown);
    const active = filterFacets.reduce(
      (n, f) => n + (outcome.filters[f]?.length ?? 0),
      outcome.themes.length,
    );
    if (this.ui.filtersButton) {
      this.ui.filtersButton.textContent = active > 0 ? `Filters (${active})` : 'Filters';
    }
    if (this.ui.filtersDone) {
      this.ui.filtersDone.textContent = `Show ${found(outcome, 'result', 'results')}`;
    }
    // The results are on screen; the counts fetch the codes of many results, so they follow,
    // and on a phone, whose filters are closed behind their button, only once it is pressed.
    const drawFacets = async (): Promise<boolean> => {
      const { counts, countedIn } = await outcome.counted();
      if (sequence !== this.sequence) return false;
      renderFacets(this.ui.filters, {
        facets: outcome.facets,
        counts,
        countedIn,
        filters: outcome.filters,
        expanded: this.expanded,
        onToggle: (facet, key) =>
          outcome.filters[facet]?.includes(key)
            ? this.removeFilterEverywhere(outcome, facet, key)
            : this.addFilter(outcome, facet, key),
        onExpand: (facet) => {
          this.expanded.add(facet);
          void this.run();
        },
      });
      return true;
    };
    if (this.filtersHidden()) {
      this.ui.filters.replaceChildren();
      this.pendingFacets = drawFacets;
    } else {
      this.pendingFacets = null;
      if (!(await drawFacets())) return;
    }
    this.ui.results.dataset.for = searchStateToQuery(this.state);
    this.ui.results.dataset.state = 'ready';
  }

  private statusText(outcome: Outcome): string {
    const n = outcome.total;
    if (outcome.kind === 'idle')
      return 'Type words to search the plans, or pick filters to browse.';
    if (n === 0 && outcome.unknownWords.length > 0) {
      const quoted = outcome.unknownWords.map((w) => `“${w}”`).join(', ');
      return `No plans match: no plan contains ${quoted}.`;
    }
    if (n === 0) return 'No plans match. Try fewer words or filters.';
    const text = found(outcome, 'plan', 'plans');
    const plans = `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
    const shown = Math.min(n, this.shown);
    return n > shown ? `${plans} found, showing the first ${shown}.` : `${plans} found.`;
  }

  /** The active filters as buttons that remove them and, when nothing matches, ways out. */
  private renderActive(outcome: Outcome): void {
    const buttons: HTMLElement[] = [];
    for (const facet of filterFacets) {
      for (const key of outcome.filters[facet] ?? []) {
        const label = outcome.facets.values[facet].find((v) => v.key === key)?.label ?? key;
        const button = el(
          'button',
          { type: 'button', class: 'active-filter' },
          `Remove filter ${outcome.facets.titles[facet]}: ${label}`,
        );
        button.addEventListener('click', () => this.removeFilterEverywhere(outcome, facet, key));
        buttons.push(button);
      }
    }
    // A theme filter comes from a link (a theme's value page): a chip, not a box in the filters.
    for (const { slug, theme } of outcome.themes) {
      const button = el(
        'button',
        { type: 'button', class: 'active-filter' },
        `Remove filter Theme: ${theme?.label ?? `${slug} (no such theme)`}`,
      );
      button.addEventListener('click', () => {
        this.typingEntry = false;
        this.commit({ ...this.state, themes: this.state.themes.filter((t) => t !== slug) }, 'push');
      });
      buttons.push(button);
    }
    const words = readQuery(this.state.q).map((w) => w.word);
    if (outcome.refs.length === 0 && outcome.kind !== 'idle' && words.length > 1) {
      for (const word of new Set(words)) {
        const button = el(
          'button',
          { type: 'button', class: 'drop-word' },
          `Search without “${word}”`,
        );
        button.addEventListener('click', () => {
          const q = this.state.q
            .split(/\s+/)
            .filter((part) => !part.toLowerCase().includes(word))
            .join(' ');
          this.ui.input.value = q;
          this.typingEntry = false;
          this.commit({ ...this.state, q }, 'push');
        });
        buttons.push(button);
      }
    }
    const suggestion = outcome.didYouMean === null ? null : this.didYouMean(outcome.didYouMean);
    const help =
      outcome.refs.length === 0 && outcome.kind !== 'idle'
        ? el('p', { class: 'no-results-help' }, ...this.noResultsHelp())
        : null;
    this.ui.active.replaceChildren(
      ...(suggestion ? [suggestion] : []),
      ...(buttons.length > 0 ? [el('div', { class: 'active-filters' }, ...buttons)] : []),
      ...(help ? [help] : []),
    );
  }

  /** "Did you mean …?": the corrected query, searched for when picked. */
  private didYouMean(corrected: string): HTMLElement {
    const q = corrected.trim();
    const button = el('button', { type: 'button', class: 'did-you-mean-query' }, q);
    button.addEventListener('click', () => {
      this.ui.input.value = q;
      this.typingEntry = false;
      this.commit({ ...this.state, q }, 'push');
    });
    return el('p', { class: 'did-you-mean' }, 'Did you mean ', button, '?');
  }

  /** Advice for a search that found nothing, with the site's country and method pages if any. */
  private noResultsHelp(): (string | HTMLElement)[] {
    const { countryUrl, methodUrl } = this.ui.app.dataset;
    const links = [
      ...(countryUrl ? [el('a', { href: countryUrl }, 'browse by country')] : []),
      ...(methodUrl
        ? [el('a', { href: methodUrl }, countryUrl ? 'by method' : 'browse by method')]
        : []),
    ];
    const advice = 'Check the spelling, use fewer words, remove a filter';
    if (links.length === 0) return [`${advice}.`];
    return [`${advice}, or `, ...links.flatMap((a, i) => (i === 0 ? [a] : [' and ', a])), '.'];
  }

  private async showMore(): Promise<void> {
    const outcome = this.outcome;
    const index = this.index;
    if (outcome === null || index === null) return;
    const from = this.shown;
    this.shown += pageSize;
    const sequence = this.sequence;
    const resolved = await index;
    // Past the first results a search ranked, it ranks them all (fetching the rest of the terms).
    let all = outcome;
    if (all.rest !== null && all.refs.length < this.shown) {
      all = await all.rest();
      if (sequence !== this.sequence) return;
      this.outcome = all;
    }
    const refs = all.refs.slice(from, this.shown);
    const entries = await resolved.display(refs);
    if (sequence !== this.sequence) return;
    const list = this.ui.results.querySelector('ol');
    const items = refs
      .map((ref) => entries.get(ref))
      .filter((e) => e !== undefined)
      .map((entry) => resultItem(entry, this.siteRoot, all.highlight));
    list?.append(...items);
    this.ui.more.hidden = !hasMore(all, this.shown);
    this.ui.status.textContent = this.statusText(all);
    items[0]?.querySelector('a')?.focus();
  }

  private links(): HTMLAnchorElement[] {
    return [...this.ui.results.querySelectorAll<HTMLAnchorElement>('a.result-link')];
  }

  private inputKey(e: KeyboardEvent): void {
    if (e.key !== 'ArrowDown') return;
    const first = this.links()[0];
    if (first !== undefined) {
      e.preventDefault();
      first.focus();
    }
  }

  private resultKey(e: KeyboardEvent): void {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = this.links();
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at === -1) return;
    e.preventDefault();
    const next = at + (e.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) this.ui.input.focus();
    else links[Math.min(next, links.length - 1)]?.focus();
  }
}

/** "1,234 plans", or "about 1,234 plans" when the search estimated the number. */
function found(outcome: Outcome, one: string, many: string): string {
  const n = plural(outcome.total, one, many);
  return outcome.exact ? n : `about ${n}`;
}

/** Whether results beyond the first `shown` exist (ranked or still to rank). */
function hasMore(outcome: Outcome, shown: number): boolean {
  return outcome.refs.length > shown || (outcome.rest !== null && outcome.total > shown);
}
