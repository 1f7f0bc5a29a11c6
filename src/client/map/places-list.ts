// The list view: every place drawn for the current filters as a button, most plans first, the
// alternative to the map for keyboard and screen-reader users.
import { placeLabel, type PlaceView } from './markers.ts';

export function renderPlacesList(
  root: HTMLElement,
  places: PlaceView[],
  open: (place: PlaceView) => void,
): void {
  const sorted = [...places].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  const list = document.createElement('ul');
  list.className = 'map-list__places';
  for (const place of sorted) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'map-list__place';
    button.textContent = placeLabel(place);
    button.addEventListener('click', () => open(place));
    item.append(button);
    list.append(item);
  }
  const empty = document.createElement('p');
  empty.textContent = 'No place matches these filters.';
  root.replaceChildren(sorted.length > 0 ? list : empty);
}
