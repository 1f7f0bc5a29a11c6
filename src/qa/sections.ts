// The body of a document → sections of questions and answers. Works on the top-level mdast
// nodes plus their source offsets, because the tree alone misreads the forms (format.md §1, §6):
// lazy continuation pulls answers into the question's blockquote, `****` leads are thematic
// breaks, and groups are sibling HTML nodes rather than containers.
import type { PhrasingContent, Root, RootContent } from 'mdast';
import { decodeHTMLStrict } from 'entities';
import { toString } from 'mdast-util-to-string';
import type { Answer, Group, Item, LearningPlan, Section } from '../record/schema.ts';
import { challengeTypeNote, fieldOf } from '../record/fields.ts';
import { cleanInline } from '../record/text.ts';
import { renderAnswer } from './answer.ts';
import { isFormInstruction, isPlaceholder } from './leftovers.ts';

export interface BodyContext {
  source: string;
  type: LearningPlan['type'];
  /** Parses a fragment of markdown with the same extensions as the document. */
  parse: (markdown: string) => Root;
  /** Notes what was read differently from how it was written (an `info` diagnostic). */
  note?: (at: { line: number; column: number }, code: string, message: string) => void;
}

const groupOpen = '<div class="group">';
const groupClose = '</div>';

function sourceOf(node: RootContent, source: string): string {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  return source.slice(start, end);
}

function lineOf(node: RootContent): number {
  return node.position?.start.line ?? 1;
}

/** An instruction as text: `None` and blank count as no instruction; a literal `\n` is a space. */
export function cleanQuestion(raw: string): string {
  const text = cleanInline(raw.replace(/\\n/g, ' '));
  return text === 'None' ? '' : text;
}

function isBlank(nodes: RootContent[]): boolean {
  return nodes.every((n) => n.type === 'paragraph' && toString(n).replace(/\s/g, '') === '');
}

interface Pending {
  question: string;
  field: string | null;
  line: number;
  nodes: RootContent[];
}

export function readSections(body: RootContent[], context: BodyContext): Section[] {
  const { source, type } = context;
  const sections: Section[] = [];
  let section: Section | null = null;
  let group: Group | null = null;
  let pending: Pending | null = null;

  const currentSection = (line: number): Section => {
    if (!section) {
      section = { title: '', lead: null, items: [], line };
      sections.push(section);
    }
    return section;
  };

  const note = context.note ?? (() => {});
  const flush = (): void => {
    if (!pending) return;
    const { question, field, line, nodes } = pending;
    pending = null;
    const at = nodes[0]?.position?.start ?? { line, column: 1 };
    const blank = nodes.length === 0 || isBlank(nodes);
    const answer = blank
      ? null
      : leftover(
          renderAnswer(nodes, source, question, () =>
            note(
              at,
              'inline-list',
              'A numbered list is written in one paragraph (1. … 2. …); it is shown as a list. Put each item on its own line.',
            ),
          ),
          (code, message) => note(at, code, message),
        );
    const item: Item = {
      kind: 'item',
      question,
      field,
      answer,
      empty: answer === null,
      line,
    };
    (group ?? currentSection(line)).items.push(item);
  };

  const ask = (question: string, line: number): Pending => {
    flush();
    pending = {
      question,
      field: fieldOf(question, type),
      line,
      nodes: [],
    };
    return pending;
  };

  for (let i = 0; i < body.length; i++) {
    const node = body[i]!;
    const line = lineOf(node);

    // Only the first H1 is the title; later ones are part of an answer (format.md §6.29).
    if (node.type === 'heading' && node.depth === 1 && section) {
      (pending ??= { question: '', field: null, line, nodes: [] }).nodes.push({
        type: 'paragraph',
        children: node.children,
      });
      continue;
    }

    if (node.type === 'heading') {
      flush();
      group = null;
      section = { title: cleanInline(toString(node)), lead: null, items: [], line };
      sections.push(section);
      const next = body[i + 1];
      if (next && lineOf(next) === line + 1) {
        const lead = readLead(next, source);
        if (lead !== null) {
          // The form's own instruction under a heading is no part of the plan.
          if (isFormInstruction(lead))
            note(next.position!.start, 'form-instruction', instructionMessage);
          else section.lead = lead;
          i++;
        }
      }
      continue;
    }

    if (node.type === 'html') {
      const html = sourceOf(node, source).trim();
      if (html === groupOpen) {
        flush();
        group = { kind: 'group', items: [], line };
        currentSection(line).items.push(group);
        continue;
      }
      if (html === groupClose && group) {
        flush();
        group = null;
        continue;
      }
    }

    if (node.type === 'blockquote') {
      const raw = sourceOf(node, source);
      const previous: Pending | null = pending;
      // Questions are `> text`; `>USD100k` and `>>` are the writer's own words (format.md §1).
      if (previous && /^>\S/.test(raw)) {
        previous.nodes.push(...context.parse(escapeQuoteMarkers(raw)).children);
        continue;
      }
      const { question, rest } = splitBlockquote(node, source);
      // An answer that starts with `>` reads as a question; in a learning plan every real
      // question is a known field, so an unknown one after an unanswered question is its answer.
      if (
        type === 'learningplan' &&
        previous &&
        previous.field !== null &&
        previous.nodes.length === 0 &&
        question !== '' &&
        fieldOf(question) === null &&
        !group
      ) {
        previous.nodes.push(node);
        continue;
      }
      const item = ask(question, line);
      if (rest.trim() !== '') item.nodes.push(...context.parse(escapeQuoteMarkers(rest)).children);
      continue;
    }

    if (node.type === 'paragraph') {
      const repaired = repairLinkLine(node, source);
      if (repaired) {
        (pending ??= { question: '', field: null, line, nodes: [] }).nodes.push(repaired);
        continue;
      }
    }

    if (pending === null) {
      pending = { question: '', field: null, line, nodes: [] };
    }
    const current: Pending = pending;
    if (
      node.type === 'paragraph' &&
      current.field === 'plan.challenge_type' &&
      current.nodes.length === 0 &&
      challengeTypeNote.test(toString(node))
    ) {
      current.question = `${current.question} ${cleanQuestion(toString(node))}`;
      continue;
    }
    current.nodes.push(node);
  }
  flush();
  return sections;
}

const instructionMessage =
  'This is the form’s instruction, copied in by the export, not an answer; it is not shown.';

/** An answer that only says there is none, or is the form's instruction, is no answer. */
function leftover(answer: Answer, note: (code: string, message: string) => void): Answer | null {
  // Bullets with nothing after them ("-") leave a checklist of no option.
  if (isPlaceholder(answer.text) || answer.options?.length === 0) {
    note(
      'answer-placeholder',
      `The answer "${answer.text || '-'}" only says there is none; it counts as unanswered.`,
    );
    return null;
  }
  if (isFormInstruction(answer.text)) {
    note('form-instruction', instructionMessage);
    return null;
  }
  return answer;
}

/** `**lead**` on the line after a heading, or the empty `****` (a thematic break to remark). */
function readLead(node: RootContent, source: string): string | null {
  const text = sourceOf(node, source).trim();
  if (node.type === 'thematicBreak' && /^\*{4}$/.test(text)) return '';
  if (node.type !== 'paragraph' || text.includes('\n')) return null;
  const match = /^\*\*(.*)\*\*$/.exec(text);
  return match ? cleanInline(match[1] ?? '') : null;
}

/** The first line of a blockquote is the instruction; any further lines are the answer. */
function splitBlockquote(
  node: Extract<RootContent, { type: 'blockquote' }>,
  source: string,
): { question: string; rest: string } {
  const text = sourceOf(node, source);
  const newline = text.indexOf('\n');
  const firstLine = newline === -1 ? text : text.slice(0, newline);
  const rest = newline === -1 ? '' : text.slice(newline + 1);
  const first = node.children[0];
  const fromTree =
    first && first.type === 'paragraph' && first.position?.start.line === node.position?.start.line
      ? (toString(first).split('\n')[0] ?? '')
      : firstLine.replace(/^\s*>\s?/, '');
  return { question: cleanQuestion(fromTree), rest };
}

/** Lines such as `>USD100k` in an answer are the writer's text, not quotes. */
function escapeQuoteMarkers(markdown: string): string {
  return markdown.replace(/^([^\S\n\r\u2028\u2029]*)>/gm, '$1\\>');
}

/**
 * `[url](url)` lines whose URL has spaces or HTML are not links to CommonMark; the export wrote
 * the URL as the text, so take it from the source (format.md §6.24). Such a "URL" is often
 * several: line breaks, the rich-text editor's (`<div><br></div>`) or a space before another
 * `http` separate them, and its entities were escaped again at each export (`&amp;amp;`), while a
 * URL never holds an entity, so they are decoded until none is left.
 */
function repairLinkLine(
  node: Extract<RootContent, { type: 'paragraph' }>,
  source: string,
): RootContent | null {
  if (node.children.length === 1 && node.children[0]!.type === 'link') return null;
  const match = /^\[([^\]]+)\]\(([^)]+)\)$/.exec(sourceOf(node, source).trim());
  // Over several lines, only the export's own form (the text is the URL) is read as a link.
  if (!match || (match[0].includes('\n') && match[1]!.trim() !== match[2]!.trim())) return null;
  const urls = match[2]!
    .split(/<[^<>]*>|(?<!\s)\s*\n\s*|(?<!\s)\s+(?=https?:\/\/)/i)
    .map((url) => decodeUrl(url).trim())
    .filter((url) => url !== '');
  if (urls.length === 0) return null;
  const children: PhrasingContent[] = urls.flatMap((url, i): PhrasingContent[] => [
    ...(i > 0 ? [{ type: 'break' } as const] : []),
    { type: 'link', url: encodeURI(url), children: [{ type: 'text', value: url }] },
  ]);
  return { type: 'paragraph', children };
}

function decodeUrl(url: string): string {
  let decoded = url;
  for (let i = 0; i < 5 && /&[#a-z0-9]+;/i.test(decoded); i++) {
    const next = decodeHTMLStrict(decoded);
    if (next === decoded) break;
    decoded = next;
  }
  return decoded;
}
