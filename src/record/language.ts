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

/** E-mail addresses and URLs say nothing of the language; whitespace runs count as one space. */
function cleaned(text: string): string {
  return text.replace(/(?<!\S)\S+@\S+|https?:\/\/\S+/g, ' ').replace(/\s+/g, ' ');
}

/**
 * The first `maxLength` characters of the cleaned text, cleaning only a prefix of it: neither
 * pattern matches across whitespace, so a prefix cut at whitespace cleans to a prefix of the
 * whole (a long plan is not scanned to its end for 800 characters).
 */
function sampleOf(text: string): string {
  for (let limit = 4 * maxLength; ; limit *= 4) {
    const cut = text.slice(limit).search(/\s/);
    if (cut === -1) return cleaned(text).slice(0, maxLength);
    const sample = cleaned(text.slice(0, limit + cut + 1));
    if (sample.length > maxLength) return sample.slice(0, maxLength);
  }
}

export function detectLanguage(text: string): LearningPlan['language'] {
  const sample = sampleOf(text);
  if (sample.length < minLength) return 'und';
  return codes[franc(sample, { only: Object.keys(codes), minLength })] ?? 'und';
}
