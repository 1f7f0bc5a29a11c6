// The text analysis shared by the index build and the browser, so that a query is cut, folded
// and stemmed exactly like the documents: split into words, the stop words of the document's
// language dropped, accents folded, then stemmed in that language (English, French, Spanish or
// Portuguese). A hyphenated word is indexed whole and by its parts ("e-waste": e-wast, e, wast).
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import frPlugin from 'lunr-languages/lunr.fr.js';
import esPlugin from 'lunr-languages/lunr.es.js';
import ptPlugin from 'lunr-languages/lunr.pt.js';

export const stemLanguages = ['en', 'fr', 'es', 'pt'] as const;
export type StemLanguage = (typeof stemLanguages)[number];

type WordFunction = (token: lunr.Token) => lunr.Token | undefined;
interface LanguagePlugin {
  stemmer: WordFunction;
  stopWordFilter: WordFunction;
}
type LunrWithLanguages = typeof lunr & Partial<Record<'fr' | 'es' | 'pt', LanguagePlugin>>;

const withLanguages = lunr as LunrWithLanguages;
stemmerSupport(withLanguages);
frPlugin(withLanguages);
esPlugin(withLanguages);
ptPlugin(withLanguages);

function plugin(language: 'fr' | 'es' | 'pt'): LanguagePlugin {
  const found = withLanguages[language];
  if (found === undefined) throw new Error(`lunr-languages did not register "${language}"`);
  return found;
}

const stemmers: Record<StemLanguage, WordFunction> = {
  en: lunr.stemmer as WordFunction,
  fr: plugin('fr').stemmer,
  es: plugin('es').stemmer,
  pt: plugin('pt').stemmer,
};
// A stop list per language: "ai" and "sea" are French and Spanish stop words, not English ones.
// A query word that some documents' language stops is optional for those documents (engine.ts).
const stopFilters: Record<StemLanguage, WordFunction> = {
  en: lunr.stopWordFilter as WordFunction,
  fr: plugin('fr').stopWordFilter,
  es: plugin('es').stopWordFilter,
  pt: plugin('pt').stopWordFilter,
};

const special: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  ı: 'i',
};

const ascii = /^[\t\n\r\x20-\x7e]*$/;

/** Lower case without accents: "Côte d'Ivoire" → "cote d'ivoire". */
export function foldAccents(text: string): string {
  // Most text is ASCII, which has no accents to fold: decomposing it would only cost time.
  if (ascii.test(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ßæœøđłı]/g, (c) => special[c] ?? c);
}

/**
 * Words are runs of letters and digits, joined by single hyphens ("e-waste", "covid-19");
 * everything else separates them.
 */
const wordPattern = /[\p{L}\p{N}]+(?:[-\u2010\u2011][\p{L}\p{N}]+)*/gu;
const hyphens = /[-\u2010\u2011]/u;
const maxWordLength = 40;

export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

/** The words of a text with their offsets, lower-cased but not folded; hyphenated words whole. */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of text.matchAll(wordPattern)) {
    spans.push({
      word: match[0].toLowerCase(),
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return spans;
}

const stopCache = new Map<string, boolean>();

/**
 * A stop word in a language, judged on the folded word: "São" and "Sao" must both be kept or
 * both be dropped, or a query typed without accents could not match.
 */
export function isStopWordIn(word: string, language: StemLanguage): boolean {
  const key = `${language}:${word}`;
  let known = stopCache.get(key);
  if (known === undefined) {
    known = stopFilters[language](new lunr.Token(foldAccents(word), {})) === undefined;
    stopCache.set(key, known);
  }
  return known;
}

/** The languages of `among` in which a word is a stop word. */
export function stopLanguages(
  word: string,
  among: readonly StemLanguage[] = stemLanguages,
): StemLanguage[] {
  return among.filter((language) => isStopWordIn(word, language));
}

/** A stop word in every one of the languages (by default all four): a query drops it. */
export function isStopWord(word: string, among: readonly StemLanguage[] = stemLanguages): boolean {
  return stopLanguages(word, among).length === among.length;
}

/** The parts of a hyphenated word ("e-waste" → e, waste); a plain word is its only part. */
export function wordParts(word: string): string[] {
  return word.split(hyphens);
}

const stemCaches: Record<StemLanguage, Map<string, string>> = {
  en: new Map(),
  fr: new Map(),
  es: new Map(),
  pt: new Map(),
};

/** The stem of a folded word in a language (cached: a corpus has few distinct words). */
export function stem(word: string, language: StemLanguage): string {
  const cache = stemCaches[language];
  let stemmed = cache.get(word);
  if (stemmed === undefined) {
    stemmed = stemmers[language](new lunr.Token(word, {}))?.toString() ?? word;
    if (stemmed === '') stemmed = word;
    cache.set(word, stemmed);
  }
  return stemmed;
}

export function stemLanguageOf(language: string): StemLanguage {
  return (stemLanguages as readonly string[]).includes(language)
    ? (language as StemLanguage)
    : 'en';
}

/**
 * The index terms of a text: words, the language's stop words dropped, folded, stemmed. A
 * hyphenated word gives its whole form, then its parts. `onWord` hears each kept word (folded)
 * with its term, for the word dictionary.
 */
export function analyse(
  text: string,
  language: StemLanguage,
  onWord?: (word: string, term: string) => void,
): string[] {
  const terms: string[] = [];
  const add = (word: string): void => {
    if (word.length > maxWordLength || isStopWordIn(word, language)) return;
    const folded = foldAccents(word);
    const term = stem(folded, language);
    terms.push(term);
    onWord?.(folded, term);
  };
  for (const match of text.matchAll(wordPattern)) {
    const word = match[0].toLowerCase();
    const parts = wordParts(word);
    if (parts.length > 1) add(word.replace(/[\u2010\u2011]/gu, '-'));
    for (const part of parts) add(part);
  }
  return terms;
}

/** Every stem a query word can have, so a query matches documents in any of the languages. */
export function queryVariants(word: string): string[] {
  const folded = foldAccents(word).replace(/[\u2010\u2011]/gu, '-');
  return [...new Set(stemLanguages.map((language) => stem(folded, language)))];
}
