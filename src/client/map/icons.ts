// Marker and cluster icons: a number in a circle, focusable, with an accessible name such as
// "Kenya: 56 plans". Leaflet recreates icon elements whenever a marker re-enters the map, so
// the label and the keyboard action are attached in `createIcon`, not once after adding.
import { L } from './leaflet.ts';
import { countText } from '../../common/plural.ts';

/** What Enter or Space on a focused icon does; looked up by the map's one keydown handler. */
export const iconActions = new WeakMap<Element, () => void>();

function sizeFor(count: number): number {
  if (count < 10) return 30;
  if (count < 100) return 36;
  if (count < 1000) return 42;
  return 50;
}

export interface CountIconOptions {
  count: number;
  label: string;
  kind: 'place' | 'cluster';
  action: () => void;
}

export class CountIcon extends L.DivIcon {
  readonly #label: string;
  readonly #action: () => void;

  constructor({ count, label, kind, action }: CountIconOptions) {
    const size = sizeFor(count);
    const text = document.createElement('span');
    // The visible number is written as in the accessible name ("2,044"), as WCAG 2.5.3 asks.
    text.textContent = countText(count);
    text.setAttribute('aria-hidden', 'true');
    super({
      html: text,
      className: `map-count map-count--${kind}`,
      iconSize: [size, size],
    });
    this.#label = label;
    this.#action = action;
  }

  override createIcon(oldIcon?: HTMLElement): HTMLElement {
    const element = super.createIcon(oldIcon);
    element.setAttribute('aria-label', this.#label);
    element.title = this.#label;
    iconActions.set(element, this.#action);
    return element;
  }
}

/** One keydown handler for every icon in the map: Enter and Space act, as on a button. */
export function handleIconKeys(container: HTMLElement): void {
  container.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const target = event.target instanceof Element ? event.target : null;
    const action = target ? iconActions.get(target) : undefined;
    if (!action) return;
    event.preventDefault();
    action();
  });
}
