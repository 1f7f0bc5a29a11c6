// Display data for results: what a result shows, in chunks of a few plans by ref, so a page of
// results fetches only the chunks of the plans on screen.
import type { LearningPlan } from '../../record/schema.ts';
import { collapseWhitespace } from '../../record/normalise.ts';
import { typeLabels } from '../facets/values.ts';
import type { DisplayEntry } from '../../common/search-format.ts';
import { answerText } from './documents.ts';

/** Enough text around the start of the answers for a snippet, cut at a word. */
const snippetSourceLength = 600;

function clip(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return `${space > length / 2 ? cut.slice(0, space) : cut}…`;
}

/** The summary, when it is not just the start of the answers, then the answers. */
function snippetSource(plan: LearningPlan): string {
  const text = collapseWhitespace(answerText(plan));
  const summary = collapseWhitespace(plan.summary).replace(/…$/u, '');
  return clip(text.startsWith(summary) ? text : `${summary} ${text}`, snippetSourceLength);
}

function displayEntry(plan: LearningPlan): DisplayEntry {
  return {
    t: plan.fullTitle ?? plan.title,
    s: plan.slug,
    y: typeLabels[plan.type],
    r: plan.year,
    c: plan.countries,
    x: snippetSource(plan),
  };
}

export function displayChunks(plans: readonly LearningPlan[], chunkSize: number): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < plans.length; i += chunkSize) {
    chunks.push(JSON.stringify(plans.slice(i, i + chunkSize).map(displayEntry)));
  }
  return chunks;
}
