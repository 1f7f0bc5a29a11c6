// The LearningPlan record of one parsed document: front matter, title, header tags, sections.
// `remarkLearningPlan` (src/plugin.ts) calls `buildRecord` after parsing.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { PlanTag } from '../mdast/tag.ts';
import type { Diagnostic, LearningPlan } from './schema.ts';
import { readHeader } from './header.ts';
import { readFrontMatter } from './front-matter.ts';
import { cleanInline } from './text.ts';
import { items, summarise, truncate } from './summary.ts';
import { detectLanguage } from './language.ts';
import { readSections } from '../qa/sections.ts';
import { slugFor } from './slug.ts';
import { findFullTitle, headingTitle, splitTitle, usableTitle } from './title.ts';
import { addMeta, type Meta } from './meta.ts';

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

type Report = (
  at: { line: number; column: number },
  severity: Diagnostic['severity'],
  code: string,
  message: string,
) => void;

export function buildRecord(
  tree: Root,
  file: VFile,
  parse: (markdown: string) => Root,
): LearningPlan {
  const source = String(file.value);
  const filePath = file.path ?? 'document.md';
  const diagnostics: Diagnostic[] = [];
  const report: Report = (at, severity, code, message) => {
    diagnostics.push({ file: filePath, line: at.line, column: at.column, severity, code, message });
  };

  const yaml = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  const front = readFrontMatter(yaml);
  if (front.error) report(front.error, 'warning', 'front-matter-invalid', front.error.message);
  const nodes = yaml ? tree.children.slice(1) : tree.children;

  const tags = nodes.filter((n): n is PlanTag => n.type === 'planTag');
  const { heading, body } = splitTitle(nodes, tags[0]);
  const header = readHeader(tags, (tag, severity, code, message) =>
    report(tag?.position?.start ?? { line: 1, column: 1 }, severity, code, message),
  );
  const sections = readSections(body, {
    source,
    type: header.type,
    parse,
    note: (at, code, message) => report(at, 'info', code, message),
  });

  const id = file.data.planId ?? idFromPath(path.basename(filePath));
  const answers = items(sections);
  if (!heading)
    report(
      { line: 1, column: 1 },
      'warning',
      'title-missing',
      'The document does not start with a "# Title" line; the file name is used as its title.',
    );
  const written = heading ? headingTitle(source, heading, tags[0]) : '';
  const { title, warning } = usableTitle(
    cleanInline(front.data.title ?? '') || written || id,
    id,
    answers,
  );
  if (warning)
    report(
      heading?.position?.start ?? { line: 1, column: 1 },
      'warning',
      'title-unusable',
      warning,
    );
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
