// The /map/ page: places of the plans that the current filters select, as clustered markers
// or as countries shaded by their number of plans, with a list view as the alternative.
// The places are drawn first, from counts the build took; filters, list, basemap and choropleth
// follow, so the page shows what a user came for as early as it can. Each plan's places and
// codes (a file that grows with the archive) are fetched only when a user filters, searches,
// opens a place or shades the countries.
import {
  compileFilters,
  countFacetValues,
  filterRefs,
  hasFilters,
  searchStateToQuery,
  toggleFilter,
} from '../filters.ts';
import { mapFiles, type MapData, type MapPlans } from '../../common/map-format.ts';
import {
  drawBasemap,
  loadWorld,
  shapesAttribution,
  tileLayer,
  type CountryShape,
} from './basemap.ts';
import { choroplethLayer, legendControl, type ChoroplethCountry } from './choropleth.ts';
import { createFilterPanel, type FilterPanel } from './filter-panel.ts';
import { handleIconKeys } from './icons.ts';
import { L } from './leaflet.ts';
import { createPlacesLayer, type PlaceView } from './markers.ts';
import {
  countryHref,
  decodeMapData,
  placeCounts,
  plansAt,
  shapeCounts,
  type MapModel,
  type PlaceCount,
} from './model.ts';
import { createPanel, type PanelContent } from './panel.ts';
import { plural } from '../../common/plural.ts';
import { renderPlacesList } from './places-list.ts';
import { mapStateToQuery, readMapState, views, type MapState } from './state.ts';
import type { TextQuery, TextResult } from './text-query.ts';
import { titleLoader } from './titles.ts';
import { elementById } from '../element.ts';
import { nextTask } from './slices.ts';

function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const found = elementById(id, type);
  if (!found) throw new Error(`The map page has no #${id}`);
  return found;
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as T;
}

async function start(): Promise<void> {
  const container = byId('map', HTMLElement);
  const assets = container.dataset.assets ?? '/assets/';
  const data = await getJson<MapData>(`${assets}${mapFiles.data}`);
  const table = data.facets;
  // Each plan's places and codes: fetched once a user needs more than the first draw.
  let model: MapModel | null = null;
  let panel: ReturnType<typeof createPanel> | null = null;
  let loading: Promise<MapModel> | null = null;
  const loadModel = (): Promise<MapModel> => {
    loading ??= getJson<MapPlans>(`${assets}${mapFiles.plans(data.build)}`).then((plans) => {
      model = decodeMapData(data, plans);
      panel = createPanel(panelRoot, model, titleLoader(assets, model));
      return model;
    });
    loading.catch(() => (loading = null));
    return loading;
  };
  const status = byId('map-status', HTMLParagraphElement);
  const listRoot = byId('map-list', HTMLDivElement);
  const panelRoot = byId('map-panel', HTMLElement);
  const searchLink = byId('map-search-link', HTMLAnchorElement);
  const queryBox = byId('map-q', HTMLInputElement);

  let state: MapState = readMapState(location.search);
  let textRefs: number[] | null = null;
  let textUnavailable = false;
  // Words wait for the search index: until they are applied the map is not "ready".
  let textPending = state.q.trim() !== '';
  let selected: number[] = [];
  let shown: PlaceView[] = [];
  const allRefs = Array.from({ length: data.plans }, (_, ref) => ref);
  const everyPlan = (): boolean => textRefs === null && !hasFilters(state.filters);

  container.hidden = state.view === 'list';
  const map = L.map(container, { minZoom: 1, maxZoom: 9, zoomSnap: 0.5, worldCopyJump: true });
  if (state.at) map.setView([state.at.lat, state.at.lng], state.at.zoom);
  else map.setView([12, 15], 2);
  map.attributionControl.addAttribution(shapesAttribution);
  if (data.tileLayer) tileLayer(data.tileLayer).addTo(map);
  handleIconKeys(container);

  let opener: Element | null = null;
  const open = (content: PanelContent): void => {
    opener = document.activeElement;
    panel?.open(content);
  };
  const openPlace = async (place: PlaceView): Promise<void> => {
    opener = document.activeElement;
    const refs = plansAt(await loadModel(), selected, place.place);
    const code = data.places.country[place.place] ?? -1;
    open({
      heading: `${place.label}: ${plural(refs.length, 'plan', 'plans')}`,
      refs,
      countryHref: countryHref(data, code),
      countryLabel: table.values.country[code]?.label ?? place.label,
      place: place.place,
    });
  };
  const openCountry = (country: ChoroplethCountry): void => {
    const code = data.shapes[String(country.shape.id)]?.code ?? -1;
    open({
      heading: `${country.label}: ${plural(country.plans.length, 'plan', 'plans')}`,
      refs: country.plans,
      countryHref: countryHref(data, code),
      countryLabel: table.values.country[code]?.label ?? country.label,
    });
  };

  const places = createPlacesLayer((place) => void openPlace(place));
  places.layer.addTo(map);
  let firstDraw = true;

  /** The fast path: select the plans and put their places on the map. */
  const drawPlaces = (): void => {
    let counts: PlaceCount[];
    if (model === null) {
      // The first draw, every plan: the counts the build took.
      selected = allRefs;
      counts = data.places.count.map((count, place) => ({ place, count }));
      counts = counts.filter((c) => c.count > 0);
    } else {
      selected = filterRefs(model.table, textRefs ?? allRefs, compileFilters(state.filters, table));
      counts = placeCounts(model, selected);
    }
    shown = counts.map((c) => ({
      ...c,
      lat: data.places.lat[c.place] ?? 0,
      lng: data.places.lng[c.place] ?? 0,
      label: data.places.label[c.place] ?? '',
    }));
    const locations = counts.reduce((sum, c) => sum + c.count, 0);
    container.dataset.state = 'drawing';
    places.show(shown, () => {
      if (firstDraw) container.dataset.drawnMs = String(Math.round(performance.now()));
      firstDraw = false;
      container.dataset.places = String(shown.length);
      container.dataset.locations = String(locations);
      container.dataset.state = textPending ? 'drawing' : 'ready';
    });
  };

  let shapes: CountryShape[] | null = null;
  let choropleth: L.GeoJSON | null = null;
  const legend = legendControl();
  const drawCountries = (): void => {
    choropleth?.remove();
    choropleth = null;
    legend.control.remove();
    if (state.view !== 'countries' || shapes === null || model === null) return;
    const byShape = shapeCounts(model, selected);
    const countries = shapes
      .filter((s) => byShape.has(String(s.id)))
      .map((s) => ({
        shape: s,
        label: data.shapes[String(s.id)]?.label ?? s.properties.name,
        plans: byShape.get(String(s.id)) ?? [],
      }));
    const drawn = choroplethLayer(countries, openCountry);
    choropleth = drawn.layer.addTo(map);
    legend.update(drawn.breaks);
    legend.control.addTo(map);
  };

  let filterPanel: FilterPanel | null = null;
  /** Everything but the markers: counts, status, list, choropleth, links and the URL. */
  const refreshControls = (): void => {
    const compiled = compileFilters(state.filters, table);
    const current = model;
    filterPanel?.update(
      state.filters,
      current === null
        ? data.facets.totals
        : countFacetValues(current.table, textRefs ?? allRefs, compiled),
    );
    const unplaced =
      current === null
        ? data.unplaced
        : selected.filter((ref) => (current.planPlaces[ref]?.length ?? 0) === 0).length;
    status.textContent =
      `${plural(selected.length, 'plan', 'plans')} at ${plural(shown.length, 'place', 'places')}` +
      (unplaced > 0 ? ` (${plural(unplaced, 'plan has', 'plans have')} no place).` : '.') +
      (textUnavailable ? ' Words cannot be searched on this map: try the search page.' : '') +
      // Themes are not map filters; the URL and the search link keep them (docs/search.md).
      (state.themes.length > 0 ? ' The theme filter is not applied here: see it in search.' : '');
    if (state.view === 'list') renderPlacesList(listRoot, shown, openPlace);
    drawCountries();
    searchLink.href = `${data.prefix}search/${searchStateToQuery(state)}`;
    history.replaceState(history.state, '', `${location.pathname}${mapStateToQuery(state)}`);
  };
  const update = async (): Promise<void> => {
    if (!everyPlan() || state.view === 'countries') await loadModel();
    drawPlaces();
    refreshControls();
  };

  const showView = (): void => {
    container.hidden = state.view === 'list';
    listRoot.hidden = state.view !== 'list';
    container.classList.toggle('map-canvas--countries', state.view === 'countries');
    for (const view of views) {
      const radio = document.getElementById(`map-view-${view}`);
      if (radio instanceof HTMLInputElement) radio.checked = view === state.view;
    }
    if (!container.hidden) map.invalidateSize();
  };

  // Filters or a countries view in the URL need each plan's data before the first draw.
  if (hasFilters(state.filters) || state.view === 'countries') await loadModel();
  drawPlaces();
  await nextTask();

  filterPanel = await createFilterPanel(
    byId('map-facets', HTMLDivElement),
    table,
    data.facets.titles,
    data.facets.totals,
    (facet, key) => {
      state = { ...state, filters: toggleFilter(state.filters, facet, key) };
      panel?.close();
      void update();
    },
  );
  for (const view of views) {
    document.getElementById(`map-view-${view}`)?.addEventListener('change', () => {
      state = { ...state, view };
      showView();
      void (view === 'countries' ? loadModel() : Promise.resolve()).then(refreshControls);
    });
  }
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || panelRoot.hidden) return;
    panel?.close();
    if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
  });

  // The search engine (stemmers included) is loaded with the first words typed, not before.
  let runTextQuery: TextQuery | null = null;
  let typing: ReturnType<typeof setTimeout> | undefined;
  const search = async (q: string): Promise<TextResult> => {
    if (q.trim() === '') return 'all';
    if (runTextQuery === null) {
      // A separate bundle, not a split chunk: chunks would share a runtime chunk that the map
      // script would then have to fetch before it could start.
      const url = `${assets}${mapFiles.text}`;
      const { textQuery } = (await import(url)) as typeof import('./text-query.ts');
      runTextQuery = textQuery(`${data.prefix}search/`, data.plans);
    }
    return runTextQuery(q);
  };
  const runQuery = async (): Promise<void> => {
    const q = state.q;
    const result = await search(q).catch((): TextResult => 'unavailable');
    if (q !== state.q) return;
    textPending = false;
    textUnavailable = result === 'unavailable';
    textRefs = Array.isArray(result) ? result : null;
    await update();
  };

  queryBox.value = state.q;
  queryBox.addEventListener('input', () => {
    textPending = true;
    container.dataset.state = 'drawing';
    clearTimeout(typing);
    typing = setTimeout(() => {
      state = { ...state, q: queryBox.value };
      void runQuery();
    }, 250);
  });
  byId('map-filters', HTMLFormElement).addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    state = { ...state, q: queryBox.value };
    void runQuery();
  });
  showView();
  refreshControls();
  if (state.q.trim() !== '') await runQuery();

  // The basemap last: the places are what a user came for.
  // `shapes` is set once all are drawn, so a choropleth never goes under a slice of them.
  const world = await loadWorld(`${assets}map/world.json`);
  await drawBasemap(map, world);
  container.dataset.basemap = 'drawn';
  shapes = world;
  drawCountries();
}

start().catch((error: unknown) => {
  const container = document.getElementById('map');
  if (container) container.dataset.state = 'error';
  const status = document.getElementById('map-status');
  if (status) status.textContent = 'The map could not be loaded. Browse the plans by country.';
  throw error;
});
