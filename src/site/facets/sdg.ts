// The 17 Sustainable Development Goals: their official names and colours, how a goal is labelled,
// and the badge a page shows for one, linked to the goal's page when the site has one.
import type { FacetIndex } from './facet-index.ts';
import { linkIn, type LinkView } from './links.ts';

/** The official names of the 17 goals, in order. */
export const sdgNames = [
  'No poverty',
  'Zero hunger',
  'Good health and well-being',
  'Quality education',
  'Gender equality',
  'Clean water and sanitation',
  'Affordable and clean energy',
  'Decent work and economic growth',
  'Industry, innovation and infrastructure',
  'Reduced inequalities',
  'Sustainable cities and communities',
  'Responsible consumption and production',
  'Climate action',
  'Life below water',
  'Life on land',
  'Peace, justice and strong institutions',
  'Partnerships for the goals',
] as const;

/** The official SDG colours, goal 1 first. */
export const sdgColours = [
  '#E5243B',
  '#DDA63A',
  '#4C9F38',
  '#C5192D',
  '#FF3A21',
  '#26BDE2',
  '#FCC30B',
  '#A21942',
  '#FD6925',
  '#DD1367',
  '#FD9D24',
  '#BF8B2E',
  '#3F7E44',
  '#0A97D9',
  '#56C02B',
  '#00689D',
  '#19486A',
] as const;

/** Every goal's number, 1 to 17. */
export const sdgGoals = sdgNames.map((_, i) => i + 1);

function sdgName(goal: number): string {
  return sdgNames[goal - 1] ?? `Goal ${goal}`;
}

/** "7. Affordable and clean energy": the label of a goal wherever the site lists it. */
export function sdgLabel(goal: number): string {
  return `${goal}. ${sdgName(goal)}`;
}

export interface SdgView extends LinkView {
  goal: number;
  name: string;
  colour: string;
  /** Text colour with enough contrast on the goal colour. */
  ink: string;
}

/** Dark text on the light goal colours (2, 7, 11...), white on the others. */
function inkOn(colour: string): string {
  const n = Number.parseInt(colour.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  const lum = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * lum(r) + 0.7152 * lum(g) + 0.0722 * lum(b);
  return 1.05 / (l + 0.05) >= 4.5 ? '#ffffff' : '#1a1a1a';
}

/** One badge per goal and SDG index: thousands of pages show the same seventeen. */
const sdgViews = new WeakMap<FacetIndex, Map<number, SdgView>>();
/** The badges of a site without SDG pages. */
const unlinked = new Map<number, SdgView>();

/** The badge of `goal`; `index` is the site's SDG facet index, undefined when it has none. */
export function sdgView(index: FacetIndex | undefined, goal: number): SdgView {
  const views = viewsOf(index);
  let view = views.get(goal);
  if (!view) views.set(goal, (view = newSdgView(index, goal)));
  return view;
}

function viewsOf(index: FacetIndex | undefined): Map<number, SdgView> {
  if (!index) return unlinked;
  let views = sdgViews.get(index);
  if (!views) sdgViews.set(index, (views = new Map()));
  return views;
}

function newSdgView(index: FacetIndex | undefined, goal: number): SdgView {
  const colour = sdgColours[goal - 1] ?? '#555555';
  return {
    ...linkIn(index, String(goal), sdgLabel(goal)),
    goal,
    name: sdgName(goal),
    colour,
    ink: inkOn(colour),
  };
}
