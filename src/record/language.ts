// The language of a plan, from its title and answers (questions are the form's English).
import { franc } from 'franc-min';
import type { LearningPlan } from './schema.ts';

const codes: Record<string, LearningPlan['language']> = {
  eng: 'en',
  fra: 'fr',
  spa: 'es',
  por: 'pt',
  arb: 'ar',
};

/** franc needs some text to be confident; shorter texts are undetermined. */
const minLength = 60;
const maxLength = 800;

export function detectLanguage(text: string): LearningPlan['language'] {
  const sample = text
    .replace(/(?<!\S)\S+@\S+|https?:\/\/\S+/g, ' ')
    .replace(/\s+/g, ' ')
    .slice(0, maxLength);
  if (sample.length < minLength) return 'und';
  return codes[franc(sample, { only: Object.keys(codes), minLength })] ?? 'und';
}
