// Entry point of assets/search.js, loaded by the search page only.
import { elementById as find } from '../element.ts';
import { SearchPage, type PageElements } from './page.ts';

function elements(): PageElements | null {
  const app = find('search-app', HTMLElement);
  const form = find('search-form', HTMLFormElement);
  const input = find('search-input', HTMLInputElement);
  const status = find('search-status', HTMLElement);
  const active = find('search-active', HTMLElement);
  const filters = find('search-filters', HTMLElement);
  const results = find('results', HTMLElement);
  const more = find('search-more', HTMLButtonElement);
  if (!app || !form || !input || !status || !active || !filters || !results || !more) return null;
  const filtersButton = find('search-filters-button', HTMLButtonElement);
  const filtersDone = find('search-filters-done', HTMLButtonElement);
  return { app, form, input, status, active, filters, results, more, filtersButton, filtersDone };
}

const ui = elements();
if (ui !== null) {
  ui.app.classList.add('search-ready');
  new SearchPage(ui).start();
}
