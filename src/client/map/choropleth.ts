// Countries shaded by their number of plans for the current filters, with a legend.
import type { CountryShape } from './basemap.ts';
import { L } from './leaflet.ts';
import { plural } from '../../common/plural.ts';
import { classBreaks, colourFor } from './scale.ts';

export interface ChoroplethCountry {
  shape: CountryShape;
  label: string;
  plans: number[];
}

export function choroplethLayer(
  countries: ChoroplethCountry[],
  open: (country: ChoroplethCountry) => void,
): { layer: L.GeoJSON; breaks: number[] } {
  const max = Math.max(0, ...countries.map((c) => c.plans.length));
  const breaks = classBreaks(max);
  const byShape = new Map(countries.map((c) => [c.shape, c]));
  const layer = L.geoJSON(
    countries.map((c) => c.shape),
    {
      style: (shape) => {
        const country = shape ? byShape.get(shape as CountryShape) : undefined;
        return {
          color: '#ffffff',
          weight: 0.8,
          fillOpacity: 1,
          fillColor: colourFor(country?.plans.length ?? 0, breaks),
        };
      },
      onEachFeature: (shape, path) => {
        const country = byShape.get(shape as CountryShape);
        if (!country) return;
        // An element, not a string: Leaflet would read a string as HTML.
        const tip = document.createElement('span');
        tip.textContent = `${country.label}: ${plural(country.plans.length, 'plan', 'plans')}`;
        path.bindTooltip(tip, { sticky: true });
        path.on('click', () => open(country));
      },
    },
  );
  return { layer, breaks };
}

export function legendControl(): { control: L.Control; update: (breaks: number[]) => void } {
  const box = document.createElement('div');
  box.className = 'map-legend';
  const control = new L.Control({ position: 'bottomright' });
  control.onAdd = () => box;
  return {
    control,
    update(breaks) {
      box.replaceChildren();
      const title = document.createElement('p');
      title.className = 'map-legend__title';
      title.textContent = 'Plans per country';
      const list = document.createElement('ul');
      breaks.forEach((low, i) => {
        const next = breaks[i + 1];
        const item = document.createElement('li');
        const swatch = document.createElement('span');
        swatch.className = 'map-legend__swatch';
        swatch.style.background = colourFor(low, breaks);
        item.append(
          swatch,
          next === undefined ? `${low}+` : next - 1 === low ? `${low}` : `${low}–${next - 1}`,
        );
        list.append(item);
      });
      box.append(title, list);
    },
  };
}
