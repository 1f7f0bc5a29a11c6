// The navigation is on every page and differs only in which item is current, so the `navItems`
// filter renders `_includes/nav-items.njk` once per set of current items and reuses the HTML.
// It saves a Nunjucks loop on each of thousands of pages.
import type { UserConfig } from '@11ty/eleventy';

interface NavItem {
  url: string;
}

interface FilterThis {
  env: { render(name: string, context: object): string };
}

export function navPlugin(config: UserConfig): void {
  // One cache per Eleventy instance; every build makes a new one, so `serve` sees an edited
  // template or navigation.
  const rendered = new WeakMap<object, Map<string, string>>();
  config.addFilter('navItems', function (this: FilterThis, nav: NavItem[], url: string): string {
    // The same test as the template's, item by item: the output depends on nothing else.
    const current = nav.map((item) => (url.startsWith(item.url) ? '1' : '0')).join('');
    let byCurrent = rendered.get(nav);
    if (!byCurrent) rendered.set(nav, (byCurrent = new Map()));
    let html = byCurrent.get(current);
    if (html === undefined) {
      html = this.env.render('nav-items.njk', { nav, url });
      byCurrent.set(current, html);
    }
    return html;
  });
}
