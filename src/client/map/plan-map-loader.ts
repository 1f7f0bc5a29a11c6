// Included on every plan page: shows the small map's container and loads the map code only
// when the container scrolls into view, so a plan page costs no Leaflet until a user sees it.
// Without JavaScript the container stays hidden and the list of places is all there is.
const containers = [...document.querySelectorAll<HTMLElement>('[data-plan-map]')];

function load(container: HTMLElement): void {
  const assets = container.dataset.assets ?? '/assets/';
  if (!document.querySelector('link[data-map-css]')) {
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = `${assets}map.css`;
    css.dataset.mapCss = '';
    document.head.append(css);
  }
  container.dataset.state = 'loading';
  import('./plan-map.ts')
    .then(({ renderPlanMap }) => renderPlanMap(container, assets))
    .catch((error: unknown) => {
      container.hidden = true;
      throw error;
    });
}

if (containers.length > 0) {
  for (const container of containers) container.hidden = false;
  if ('IntersectionObserver' in window) {
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          observer.unobserve(entry.target);
          load(entry.target as HTMLElement);
        }
      },
      { rootMargin: '200px' },
    );
    for (const container of containers) observer.observe(container);
  } else {
    containers.forEach(load);
  }
}
