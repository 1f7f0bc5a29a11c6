// What a plan page shows, computed once in JS so the template only prints: Eleventy renders
// thousands of these pages and per-page filters would dominate the build time.
import { lettersAndDigits } from '../../record/normalise.ts';
import type { Item, LearningPlan, Section } from '../../record/schema.ts';
import { finishAnswerHtml } from '../answer-html.ts';
import type { FacetIndex } from '../facets/facet-index.ts';
import { sdgColours, sdgNames, typeLabels } from '../facets/values.ts';
import { countryKey, isCountryName, placeOf } from '../facets/countries.ts';
import { valuePath } from '../urls.ts';

export interface LinkView {
  label: string;
  /** Path without the prefix; null when the value has no page. */
  url: string | null;
}

export interface SdgView extends LinkView {
  goal: number;
  name: string;
  colour: string;
  /** Text colour with enough contrast on the goal colour. */
  ink: string;
}

export interface PlaceView extends LinkView {
  /** The country a region or island belongs to, when it differs from the name. */
  country: string | null;
}

export interface QuestionView {
  question: string;
  html: string;
}

/** A lone question, or a group of them shown together (`group: true`). One shape, one loop. */
export interface BlockView {
  group: boolean;
  items: QuestionView[];
}

export interface SectionView {
  title: string;
  lead: string;
  blocks: BlockView[];
}

export interface FacetLinks {
  label: string;
  values: LinkView[];
}

export interface CardView {
  title: string;
  url: string;
  typeLabel: string;
  year: number | null;
  /** "Kenya, Peru and 4 more": a card stays one line however many countries a plan names. */
  countries: string;
  summary: string;
}

const cardCountryLimit = 3;

export function countryList(countries: string[], limit = cardCountryLimit): string {
  const unique = [...new Set(countries.map((c) => c.trim()).filter((c) => c !== ''))];
  // "and 1 more" takes the room of the name it hides.
  if (unique.length <= limit + 1) return unique.join(', ');
  return `${unique.slice(0, limit).join(', ')} and ${unique.length - limit} more`;
}

export type FacetIndexes = Partial<Record<string, FacetIndex>>;

export function linkTo(indexes: FacetIndexes, name: string, key: string, label: string): LinkView {
  const index = indexes[name];
  const entry = index?.byKey.get(key);
  // The value's own label, so every page names it alike however a document spells it.
  return index && entry
    ? { label: entry.label, url: valuePath(index.facet.path, entry.slug) }
    : { label, url: null };
}

/** Dark text on the light goal colours (2, 7, 11...), white on the others. */
export function inkOn(colour: string): string {
  const n = Number.parseInt(colour.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  const lum = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * lum(r) + 0.7152 * lum(g) + 0.0722 * lum(b);
  return 1.05 / (l + 0.05) >= 4.5 ? '#ffffff' : '#1a1a1a';
}

/** One badge per goal and set of indexes: thousands of pages show the same seventeen. */
const sdgViews = new WeakMap<FacetIndexes, Map<number, SdgView>>();

export function sdgView(indexes: FacetIndexes, goal: number): SdgView {
  let views = sdgViews.get(indexes);
  if (!views) sdgViews.set(indexes, (views = new Map()));
  let view = views.get(goal);
  if (!view) views.set(goal, (view = newSdgView(indexes, goal)));
  return view;
}

function newSdgView(indexes: FacetIndexes, goal: number): SdgView {
  const name = sdgNames[goal - 1] ?? `Goal ${goal}`;
  const colour = sdgColours[goal - 1] ?? '#555555';
  return {
    ...linkTo(indexes, 'sdg', String(goal), `${goal}. ${name}`),
    goal,
    name,
    colour,
    ink: inkOn(colour),
  };
}

export function cardView(plan: LearningPlan): CardView {
  return {
    title: plan.title,
    url: `/plans/${plan.slug}/`,
    typeLabel: typeLabels[plan.type],
    year: plan.year,
    countries: countryList(plan.countries),
    summary: plan.summary,
  };
}

function questionView(item: Item, fallbackAlt: string): QuestionView | null {
  if (item.empty || !item.answer || item.answer.html.trim() === '') return null;
  return {
    question: item.question,
    html: finishAnswerHtml(item.answer.html, item.question || fallbackAlt),
  };
}

export interface SectionsView {
  sections: SectionView[];
  unanswered: number;
}

/**
 * Answered questions only; unanswered ones are counted, and empty groups and sections dropped.
 * An answer that only repeats the title ("Title of the solution") is left out: the page's
 * heading already says it.
 */
export function sectionsView(sections: Section[], title: string, titles = [title]): SectionsView {
  let unanswered = 0;
  const repeats = new Set(titles.map(lettersAndDigits));
  // Only an answer about as long as a title can repeat it; the others are not normalised.
  const longest = Math.max(...titles.map((t) => t.length)) * 2 + 40;
  const count = (item: Item): QuestionView | null => {
    const text = item.answer?.text ?? '';
    if (text.length <= longest && repeats.has(lettersAndDigits(text))) return null;
    const view = questionView(item, title);
    if (!view && item.question !== '') unanswered++;
    return view;
  };
  const out: SectionView[] = [];
  for (const section of sections) {
    const blocks: BlockView[] = [];
    for (const block of section.items) {
      if (block.kind === 'item') {
        const item = count(block);
        if (item) blocks.push({ group: false, items: [item] });
      } else {
        const items = block.items.map(count).filter((q): q is QuestionView => q !== null);
        // A group of one is just a question: no box around it.
        if (items.length > 0) blocks.push({ group: items.length > 1, items });
      }
    }
    if (blocks.length > 0) out.push({ title: section.title, lead: section.lead ?? '', blocks });
  }
  return { sections: out, unanswered };
}

export function placesView(indexes: FacetIndexes, plan: LearningPlan): PlaceView[] {
  const seen = new Set<string>();
  const out: PlaceView[] = [];
  for (const name of plan.countries) {
    const key = countryKey(name);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    // "Wales (United Kingdom)", but "Turkey", not "Turkey (Türkiye)": a spelling is not a region.
    const country = isCountryName(name) ? null : placeOf(name).country;
    // Named as the country's own page names it ("East Timor"), when the archive has one.
    const named = country && (indexes.country?.byKey.get(countryKey(country))?.label ?? country);
    out.push({ ...linkTo(indexes, 'country', key, name), country: named || null });
  }
  return out;
}

/** Tags the page shows in a place of their own (the consent form as a link). */
const shownElsewhere = new Set(['consent']);

/**
 * The other tags, for the "About this plan" panel. A tag whose every value is also a whole answer
 * on the page (an experiment's sample size, both tagged and asked) is not said twice.
 */
export function metaView(
  meta: Record<string, string[]>,
  answers: Set<string> = new Set(),
): FacetLinks[] {
  return Object.entries(meta)
    .filter(([key, values]) => !shownElsewhere.has(key) && values.some((v) => v.trim() !== ''))
    .filter(
      ([, values]) => !values.every((v) => v.trim() === '' || answers.has(lettersAndDigits(v))),
    )
    .map(([key, values]) => ({
      label: humanise(key),
      values: values.filter((v) => v.trim() !== '').map((label) => ({ label, url: null })),
    }));
}

function humanise(key: string): string {
  const words = key.replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
