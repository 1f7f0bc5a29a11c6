// A plain-text summary of at most 300 characters, from the answer that best describes the plan.
import type { Item, Section } from './schema.ts';

const preferredFields = [
  'plan.tweet_summary',
  'plan.challenge_statement',
  'closing.key_insights',
  'plan.value_proposition',
  'plan.background',
];

export const summaryLength = 300;

export function items(sections: Section[]): Item[] {
  return sections.flatMap((s) => s.items.flatMap((i) => (i.kind === 'group' ? i.items : [i])));
}

/** Cut at a word boundary and mark the cut with an ellipsis. */
export function truncate(text: string, max = summaryLength): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

function isProse(text: string): boolean {
  return text.length >= 40 && /\s/.test(text) && !/^https?:\/\/\S+$/.test(text);
}

export function summarise(sections: Section[]): string {
  const answered = items(sections).filter((i) => i.answer && !i.answer.options);
  for (const field of preferredFields) {
    const item = answered.find((i) => i.field === field && isProse(i.answer!.text));
    if (item) return truncate(item.answer!.text);
  }
  const prose = answered.find((i) => isProse(i.answer!.text));
  return prose ? truncate(prose.answer!.text) : '';
}
