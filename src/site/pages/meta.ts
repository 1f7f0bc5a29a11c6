// The "About this plan" panel's other tags: those no other part of the plan page shows.
import { lettersAndDigits } from '../../record/normalise.ts';
import type { Meta } from '../../record/meta.ts';
import type { FacetLinks } from '../facets/links.ts';

/** Tags the page shows in a place of their own (the consent form as a link). */
const shownElsewhere = new Set(['consent']);

/**
 * The other tags, for the "About this plan" panel. A tag whose every value is also a whole answer
 * on the page (an experiment's sample size, both tagged and asked) is not said twice.
 */
export function metaView(meta: Meta, answers: Set<string> = new Set()): FacetLinks[] {
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
