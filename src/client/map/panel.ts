// The list of an opened place (or country): a scrollable, paginated list of its plans with
// title, type and year, each linking to its page, and a link to the country's browse page.
import type { MapModel } from './model.ts';
import { planHref } from './model.ts';
import { plural } from '../../common/plural.ts';
import type { LoadTitles, TitleOf } from './titles.ts';

export const pageSize = 20;

export interface PanelContent {
  heading: string;
  refs: number[];
  countryHref: string | null;
  countryLabel: string;
  /** The place opened, whose title files hold its plans; none for a country. */
  place?: number;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function createPanel(
  root: HTMLElement,
  model: MapModel,
  loadTitles: LoadTitles,
): { open: (content: PanelContent) => void; close: () => void } {
  let generation = 0;

  const yearOf = (ref: number): string => {
    const code = model.table.codes.year[ref]?.[0];
    return code === undefined ? 'No year' : (model.table.values.year[code]?.label ?? '');
  };
  const typeOf = (ref: number): string => {
    const code = model.table.codes.type[ref]?.[0];
    return code === undefined ? '' : (model.table.values.type[code]?.label ?? '');
  };

  const close = (): void => {
    generation += 1;
    root.hidden = true;
    root.replaceChildren();
  };

  const render = async (content: PanelContent, page: number, focus: 'heading' | 'list') => {
    const current = ++generation;
    const pages = Math.max(1, Math.ceil(content.refs.length / pageSize));
    const refs = content.refs.slice((page - 1) * pageSize, page * pageSize);
    root.hidden = false;
    root.setAttribute('aria-busy', 'true');
    let titleOf: TitleOf | null = null;
    let failed = false;
    try {
      titleOf = await loadTitles(refs, content.place);
    } catch {
      failed = true;
    }
    if (current !== generation) return;

    const heading = element('h2', 'map-panel__heading', content.heading);
    heading.id = 'map-panel-heading';
    heading.tabIndex = -1;
    const closeButton = element('button', 'map-panel__close', 'Close');
    closeButton.type = 'button';
    closeButton.addEventListener('click', close);
    const head = element('div', 'map-panel__head');
    head.append(heading, closeButton);

    const parts: HTMLElement[] = [head];
    if (content.countryHref) {
      const link = element('a', 'map-panel__country', `All plans from ${content.countryLabel}`);
      link.href = content.countryHref;
      parts.push(element('p', 'map-panel__browse'));
      parts[parts.length - 1]?.append(link);
    }
    if (failed) {
      parts.push(
        element('p', 'map-panel__error', 'The list could not be loaded. Try again later.'),
      );
    }
    const list = element('ol', 'map-panel__list');
    list.start = (page - 1) * pageSize + 1;
    list.tabIndex = -1;
    for (const ref of refs) {
      const item = element('li', 'map-panel__item');
      const entry = titleOf?.(ref);
      const title = entry
        ? Object.assign(element('a', 'map-panel__title', entry.title), {
            href: planHref(model.data, entry.slug),
          })
        : element('span', 'map-panel__title', `Plan ${ref + 1}`);
      item.append(title, element('span', 'map-panel__meta', `${typeOf(ref)} · ${yearOf(ref)}`));
      list.append(item);
    }
    parts.push(list);
    if (pages > 1) {
      const nav = element('nav', 'map-panel__pager');
      nav.setAttribute('aria-label', 'Pages of this list');
      const button = (label: string, target: number, disabled: boolean): HTMLButtonElement => {
        const b = element('button', 'map-panel__page', label);
        b.type = 'button';
        b.disabled = disabled;
        b.addEventListener('click', () => void render(content, target, 'list'));
        return b;
      };
      nav.append(
        button('Previous', page - 1, page === 1),
        element('span', 'map-panel__position', `Page ${page} of ${pages}`),
        button('Next', page + 1, page === pages),
      );
      parts.push(nav);
    }
    parts.push(
      element('p', 'map-panel__total', plural(content.refs.length, 'plan', 'plans') + ' in all'),
    );
    root.replaceChildren(...parts);
    root.removeAttribute('aria-busy');
    (focus === 'heading' ? heading : list).focus();
  };

  return { open: (content) => void render(content, 1, 'heading'), close };
}
