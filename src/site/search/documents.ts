// What the search index knows of a plan: per field, the terms of its text after analysis
// (src/common/search-text.ts). Titles, summaries and answers are stemmed in the plan's language;
// tags come from English vocabularies (country names aside) and are stemmed in English.
import type { LearningPlan } from '../../record/schema.ts';
import { sdgNames } from '../facets/sdg.ts';
import { typeLabels } from '../facets/values.ts';
import { analyse, stemLanguageOf, type StemLanguage } from '../../common/search-text.ts';
import type { WordCollector } from './words.ts';

export type FieldTerms = Record<string, string[]>;

/** The plain text of every answer, links and image addresses left out. */
export function answerText(plan: LearningPlan): string {
  const parts: string[] = [];
  for (const section of plan.sections) {
    for (const entry of section.items) {
      const items = entry.kind === 'group' ? entry.items : [entry];
      for (const item of items) if (item.answer !== null) parts.push(item.answer.text);
    }
  }
  return parts.join('\n').replace(/\b(?:https?|ftp|file):\/\/\S+/giu, ' ');
}

export function planFieldTerms(plan: LearningPlan): FieldTerms {
  return fieldTermsAndWords(plan);
}

/** The terms of each field; `words`, when given, hears every word kept and its term. */
export function fieldTermsAndWords(plan: LearningPlan, words?: WordCollector): FieldTerms {
  const language = stemLanguageOf(plan.language);
  const values = (list: { value: string }[]): string => list.map((f) => f.value).join('\n');
  const field = (code: string, text: string, inLanguage: StemLanguage): string[] =>
    analyse(text, inLanguage, words && ((word, term) => words.add(word, term, code)));
  words?.nextPlan();
  return {
    t: field('t', plan.fullTitle ?? plan.title, language),
    c: field('c', plan.countries.join('\n'), 'en'),
    m: field('m', values(plan.methods), 'en'),
    d: field('d', values(plan.datasources), 'en'),
    s: field('s', plan.sdgs.map((s) => `${s.goal} ${sdgNames[s.goal - 1] ?? ''}`).join('\n'), 'en'),
    h: field('h', values(plan.thematicAreas), 'en'),
    y: field('y', `${plan.type} ${typeLabels[plan.type]}`, 'en'),
    r: plan.year === null ? [] : [String(plan.year)],
    u: field('u', plan.summary, language),
    b: field('b', answerText(plan), language),
  };
}
