// The record's title: the `# ` heading up to the first tag, front matter's `title` over it, and,
// when that has no words, the plan-name answer or the file name (format.md §6.3, 6.4, 6.31).
import type { Heading, RootContent } from 'mdast';
import { decodeHTMLStrict } from 'entities';
import type { PlanTag } from '../mdast/tag.ts';
import type { Item } from './schema.ts';
import { cleanInline } from './text.ts';
import { collapseWhitespace } from './normalise.ts';
import { titleLength } from './summary.ts';

export interface TitleSplit {
  /** The first node when it is a `# ` heading. */
  heading: Heading | null;
  /** What is left once the title and the tag lines are taken out. */
  body: RootContent[];
}

const start = (n: RootContent): number => n.position?.start.offset ?? 0;

/** A title that spans lines runs to the first tag: the paragraphs between are title, not body. */
export function splitTitle(nodes: RootContent[], firstTag: PlanTag | undefined): TitleSplit {
  const first = nodes[0];
  const heading = first?.type === 'heading' && first.depth === 1 ? first : null;
  const isTitle = (n: RootContent): boolean =>
    n === heading ||
    (heading !== null &&
      firstTag !== undefined &&
      start(n) > start(heading) &&
      start(n) < start(firstTag));
  return { heading, body: nodes.filter((n) => n.type !== 'planTag' && !isTitle(n)) };
}

/** The title runs from `# ` to the line before the first tag, its lines joined (format.md §6.3). */
export function headingTitle(
  source: string,
  heading: Heading,
  firstTag: PlanTag | undefined,
): string {
  const from = heading.position?.start.offset ?? 0;
  const to = firstTag?.position?.start.offset ?? heading.position?.end.offset ?? from;
  return cleanInline(source.slice(from, to).replace(/^#[ \t]*/, ''));
}

/** The questions that ask for the record's name, per form. */
const nameFields = new Set(['plan.name', 'solution.name', 'experiment.name']);
const nameQuestion = /\b(?:title|name|nombre|nom|t[ií]tulo|titre)\b/i;

/** `1.`, `-`, `.md`: a title with no letter in it, or the dotfile's name (format.md §6.4). */
function isJunkTitle(title: string): boolean {
  return !/\p{L}/u.test(title) || /^\.md$/i.test(title.trim());
}

export type TitleChoice = { title: string; warning: string | null };

/** A title with no words gives way to the plan-name answer or the file name, with a warning. */
export function usableTitle(title: string, id: string, answers: Item[]): TitleChoice {
  if (!isJunkTitle(title)) return { title, warning: null };
  const name = firstLine(answers.find((i) => i.field !== null && nameFields.has(i.field)));
  const better = [name, id].find((candidate) => candidate !== '' && !isJunkTitle(candidate));
  const warning = better
    ? `The title "${title}" has no words; ${better === name ? 'the plan-name answer' : 'the file name'} "${better}" is used instead.`
    : `The title "${title}" has no words, and neither the plan-name answer nor the file name is better; write a name after "# ".`;
  return { title: better ?? title, warning };
}

function firstLine(item: Item | undefined): string {
  if (!item?.answer || item.answer.options) return '';
  return collapseWhitespace(item.answer.text.split('\n')[0] ?? '');
}

function comparable(text: string): string {
  return collapseWhitespace(decodeHTMLStrict(text)).toLocaleLowerCase('en');
}

/**
 * The export cut long titles with `…` (format.md §6.31); the whole name is often the first line
 * of an answer, most reliably of the name question. Only a longer line that starts with the
 * title's text counts, and only up to `titleLength`: many solution titles are the start of a
 * description, whose first line is a paragraph. A stem too short to identify it is not trusted.
 */
export function findFullTitle(title: string, answers: Item[]): string | null {
  if (!title.endsWith('…')) return null;
  const stem = comparable(title.slice(0, -1));
  if (stem.length < 20) return null;
  const isName = (i: Item): boolean =>
    (i.field !== null && nameFields.has(i.field)) || nameQuestion.test(i.question);
  const ranked = [...answers.filter(isName), ...answers.filter((i) => !isName(i))];
  for (const item of ranked) {
    const line = firstLine(item);
    const text = comparable(line);
    if (text.length > stem.length && line.length <= titleLength && text.startsWith(stem))
      return line;
  }
  return null;
}
