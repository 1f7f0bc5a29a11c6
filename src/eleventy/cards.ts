// A card (`_includes/card.njk`) prints only its plan's card view, yet the same plan's card
// appears on many pages: five related plans on every plan page, and every value page it is
// listed on. The `card` filter renders the include once per card view and reuses the HTML.
import type { UserConfig } from '@11ty/eleventy';

interface FilterThis {
  env: { render(name: string, context: object): string };
}

export function cardsPlugin(config: UserConfig): void {
  // One cache per Eleventy instance; every build makes a new one, so `serve` sees an edited
  // card.njk.
  const rendered = new WeakMap<object, string>();
  config.addFilter('card', function (this: FilterThis, card: object): string {
    let html = rendered.get(card);
    if (html === undefined) {
      html = this.env.render('card.njk', { card });
      rendered.set(card, html);
    }
    return html;
  });
}
