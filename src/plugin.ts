// remarkLearningPlan: registers the `[[key:value]]` syntax and, after parsing, builds the
// LearningPlan record on `file.data.learningPlan`.
//
//   unified().use(remarkParse).use(remarkGfm).use(remarkLearningPlan)
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
// remark-parse declares the processor data fields (micromarkExtensions, fromMarkdownExtensions).
import type {} from 'remark-parse';
import type { VFile } from 'vfile';
import { planTagSyntax } from './syntax/tag.ts';
import { planTagFromMarkdown, type PlanTag } from './mdast/tag.ts';
import type { Diagnostic, Item, LearningPlan } from './record/schema.ts';
import { decodeHTMLStrict } from 'entities';
import { readHeader } from './record/header.ts';
import { readFrontMatter } from './record/front-matter.ts';
import { cleanInline } from './record/text.ts';
import { collapseWhitespace } from './record/normalise.ts';
import { items, summarise, titleLength, truncate } from './record/summary.ts';
import { detectLanguage } from './record/language.ts';
import { readSections } from './qa/sections.ts';
import { slugFor } from './record/slug.ts';
import { addMeta, type Meta } from './record/meta.ts';

declare module 'vfile' {
  interface DataMap {
    learningPlan: LearningPlan;
    /** The record id; defaults to the file name without `.md`. */
    planId: string;
    /** sha256 of the file's bytes, when the caller read them; else of the text parsed. */
    planHash: string;
  }
}

/** The id of a document: its path without `.md`; the dotfile `.md` keeps its whole name. */
export function idFromPath(filePath: string): string {
  const name = filePath.replace(/\\/g, '/');
  const id = name.replace(/\.md$/i, '');
  return id === '' || id.endsWith('/') ? name : id;
}

const remarkLearningPlan: Plugin<[], Root> = function () {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(planTagSyntax());
  (data.fromMarkdownExtensions ??= []).push(planTagFromMarkdown());
  const parse = (markdown: string): Root => this.parse(markdown) as Root;
  return (tree, file) => {
    file.data.learningPlan = buildRecord(tree, file, parse);
  };
};
export default remarkLearningPlan;

function buildRecord(tree: Root, file: VFile, parse: (markdown: string) => Root): LearningPlan {
  const source = String(file.value);
  const filePath = file.path ?? 'document.md';
  const diagnostics: Diagnostic[] = [];
  const report = (
    at: { line: number; column: number },
    severity: Diagnostic['severity'],
    code: string,
    message: string,
  ): void => {
    diagnostics.push({ file: filePath, line: at.line, column: at.column, severity, code, message });
  };

  const front = readFrontMatter(source);
  if (front.error) report(front.error, 'warning', 'front-matter-invalid', front.error.message);
  const nodes = tree.children.filter((n) => (n.position?.start.offset ?? 0) >= front.end);

  const tags = nodes.filter((n): n is PlanTag => n.type === 'planTag');
  const firstTag = tags[0];
  const start = (n: RootContent): number => n.position?.start.offset ?? 0;
  const heading = nodes[0]?.type === 'heading' && nodes[0].depth === 1 ? nodes[0] : null;
  const titleNodes = heading
    ? nodes.filter(
        (n) =>
          n === heading ||
          (firstTag &&
            start(n) > start(heading) &&
            start(n) < start(firstTag) &&
            n.type !== 'planTag'),
      )
    : [];
  const body = nodes.filter((n) => n.type !== 'planTag' && !titleNodes.includes(n));

  const header = readHeader(tags, (tag, severity, code, message) =>
    report(tag?.position?.start ?? { line: 1, column: 1 }, severity, code, message),
  );

  const sections = readSections(body, { source, type: header.type, parse });

  const id = file.data.planId ?? idFromPath(path.basename(filePath));
  const answers = items(sections);
  let title = heading ? readTitle(source, heading, firstTag) : '';
  if (!heading)
    report(
      { line: 1, column: 1 },
      'warning',
      'title-missing',
      'The document does not start with a "# Title" line; the file name is used as its title.',
    );
  title = cleanInline(front.data.title ?? '') || title || id;
  if (isJunkTitle(title)) {
    const name = firstLine(answers.find((i) => i.field !== null && nameFields.has(i.field)));
    const better = [name, id].find((candidate) => candidate !== '' && !isJunkTitle(candidate));
    report(
      heading?.position?.start ?? { line: 1, column: 1 },
      'warning',
      'title-unusable',
      better
        ? `The title "${title}" has no words; ${better === name ? 'the plan-name answer' : 'the file name'} "${better}" is used instead.`
        : `The title "${title}" has no words, and neither the plan-name answer nor the file name is better; write a name after "# ".`,
    );
    if (better) title = better;
  }
  const fullTitle = findFullTitle(title, answers);
  const type = front.data.type ?? header.type;

  const text = [title, ...answers.map((i) => i.answer?.text ?? '')].join('\n');
  const record: LearningPlan = {
    id,
    slug: slugFor(front.data.slug ?? id, 'plan'),
    sourcePath: filePath,
    hash: file.data.planHash ?? createHash('sha256').update(source).digest('hex'),
    title,
    fullTitle,
    ...header,
    meta: mergeMeta(header.meta, front.extra),
    type,
    year: front.data.year ?? header.year,
    draft: front.data.draft ?? false,
    summary: front.data.summary
      ? truncate(cleanInline(front.data.summary))
      : summarise(sections, { type, title, fullTitle }),
    language: detectLanguage(text),
    sections,
    diagnostics,
  };
  if (front.data.type) record.diagnostics = diagnostics.filter((d) => d.code !== 'type-unknown');
  if (front.data.year)
    record.diagnostics = record.diagnostics.filter(
      (d) => d.code !== 'year-missing' && d.code !== 'year-invalid',
    );
  return record;
}

/** The front matter's own keys after the tags' (a key in both keeps both lists of values). */
function mergeMeta(meta: Meta, extra: Meta): Meta {
  for (const [key, values] of Object.entries(extra))
    for (const value of values) addMeta(meta, key, value);
  return meta;
}

/** The title runs from `# ` to the line before the first tag, its lines joined (format.md §6.3). */
function readTitle(source: string, heading: RootContent, firstTag: PlanTag | undefined): string {
  const from = heading.position?.start.offset ?? 0;
  const to = firstTag?.position?.start.offset ?? heading.position?.end.offset ?? from;
  return cleanInline(source.slice(from, to).replace(/^#[ \t]*/, ''));
}

/** The questions that ask for the record's name, per form. */
const nameFields = new Set(['plan.name', 'solution.name', 'experiment.name']);
const nameQuestion = /\b(?:title|name|nombre|nom|t[ií]tulo|titre)\b/i;

/** `1.`, `-`, `.md`: a title with no letter in it, or the dotfile's name (format.md §6.4). */
export function isJunkTitle(title: string): boolean {
  return !/\p{L}/u.test(title) || /^\.md$/i.test(title.trim());
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
function findFullTitle(title: string, answers: Item[]): string | null {
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
