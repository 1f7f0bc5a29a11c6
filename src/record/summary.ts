// A plain-text summary of at most 300 characters, from the answer that best describes the plan.
import { decodeHTMLStrict } from 'entities';
import { hasContactDetail } from './contact-details.ts';
import { lettersAndDigits } from './normalise.ts';
import type { Item, LearningPlan, Section } from './schema.ts';

/** The answers that describe a record, best first, per type (field ids from fields.ts). */
const preferredFields: Record<LearningPlan['type'], string[]> = {
  learningplan: [
    'plan.tweet_summary',
    'plan.challenge_statement',
    'closing.key_insights',
    'plan.value_proposition',
    'plan.background',
  ],
  solution: ['solution.description', 'solution.activities'],
  experiment: [
    'experiment.learning_intent',
    'experiment.hypothesis',
    'experiment.object',
    'experiment.actions',
  ],
  unknown: [],
};

/**
 * Answers that name the record, a person, an organisation or a contact, or another record (the
 * portfolio, the frontier challenge, the related plan): never a description of this one.
 */
const namingFields = new Set([
  'plan.name',
  'partner.name',
  'plan.top_partners',
  'solution.name',
  'solution.holder',
  'solution.contact',
  'solution.organisation',
  'experiment.name',
  'experiment.prepared_by',
  'experiment.portfolio',
  'experiment.frontier_challenge',
  'experiment.learning_question',
  'experiment.related_plan',
  'experiment.partner_names',
]);

/** The same, for questions without a field (solutions came from hundreds of forms). */
const namingQuestion =
  /\b(?:names?|nombres?|nom|titles?|t[ií]tulo|titre|contacts?|contacto|holder|innovator|owner|prepared by|reported by|creador(?:a|es)?|address|direcci[oó]n|e-?mail|correo|phone|tel[eé]fono|mobile|website|links?|enlaces?|portfolio|frontier challenge)\b/i;

const url = /\b(?:https?:\/\/|www\.)\S+/gi;

export const summaryLength = 300;

/** 95% of the answers to name questions are under 170 characters; longer lines are prose. */
export const titleLength = 200;

export function items(sections: Section[]): Item[] {
  return sections.flatMap((s) => s.items.flatMap((i) => (i.kind === 'group' ? i.items : [i])));
}

/** Cut at a word boundary and mark the cut with an ellipsis. */
export function truncate(text: string, max = summaryLength): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/(?<![\s,;:.])[\s,;:.]+$/, '')}…`;
}

/** Letters and digits only, case-folded: how two names are compared. */
function letters(text: string): string {
  return lettersAndDigits(decodeHTMLStrict(text));
}

/**
 * The answer is the title again: the same letters, or, when the title was cut with `…`, a single
 * line of title length that continues it (the full name).
 */
export function repeatsTitle(text: string, title: string): boolean {
  const truncated = title.endsWith('…');
  const name = letters(truncated ? title.slice(0, -1) : title);
  const answer = letters(text);
  if (name === '' || answer === '') return false;
  const line = text.trim();
  return (
    answer === name ||
    (truncated && answer.startsWith(name) && !line.includes('\n') && line.length <= titleLength)
  );
}

/**
 * Answer text as a summary sees it: URLs dropped (a card shows prose, and link lines are nothing
 * else) with the brackets of a `[url](url)` they leave, markup that survived as text
 * (`&lt;div&gt;` written out) removed. The text already has its entities decoded once.
 */
export function summaryText(text: string): string {
  return text
    .replace(url, ' ')
    .replace(/<\/?[a-z][^<>]*>/gi, ' ')
    .replace(/(^|\s)[[\]()]+(?=\s|$)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

function isProse(text: string): boolean {
  return text.length >= 40 && /\s/.test(text);
}

/**
 * The answer up to its first line that gives an e-mail address or phone number: a description
 * often ends with how to reach its author, and a summary is shown on every card.
 */
export function beforeContact(text: string): string {
  const lines = text.split('\n');
  const end = lines.findIndex((line) => hasContactDetail(line));
  return (end === -1 ? lines : lines.slice(0, end)).join('\n');
}

/** Prose that is not the title again. */
function usable(raw: string, text: string, titles: string[]): boolean {
  return isProse(text) && !titles.some((title) => repeatsTitle(raw, title));
}

export interface SummaryContext {
  type: LearningPlan['type'];
  title: string;
  fullTitle?: string | null;
}

export function summarise(sections: Section[], context: SummaryContext): string {
  const { type, title, fullTitle } = context;
  const titles = fullTitle ? [title, fullTitle] : [title];
  const eligible = items(sections).filter(
    (i) => i.answer && !i.answer.options && !(i.field && namingFields.has(i.field)),
  );
  // An answer's summary text, or null when it is no usable prose; worked out only for the
  // answers looked at, once each (most plans stop at their first preferred field).
  const seen = new Map<Item, string | null>();
  const usableText = (item: Item): string | null => {
    if (!seen.has(item)) {
      const raw = beforeContact(item.answer!.text);
      const text = summaryText(raw);
      seen.set(item, usable(raw, text, titles) ? text : null);
    }
    return seen.get(item)!;
  };
  for (const field of preferredFields[type]) {
    for (const item of eligible) {
      const text = item.field === field ? usableText(item) : null;
      if (text !== null) return truncate(text);
    }
  }
  for (const item of eligible) {
    if (!item.field && namingQuestion.test(item.question)) continue;
    const text = usableText(item);
    if (text !== null) return truncate(text);
  }
  return '';
}
