// The text analysis shared by the index build and the browser, so that a query is cut, folded
// and stemmed exactly like the documents: split into words, stop words dropped, accents folded,
// then stemmed in the document's language (English, French, Spanish or Portuguese).
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
// One stop list for every language: a word dropped from some documents must be dropped from
// every query, or an AND query could never match those documents.
const stopFilters: WordFunction[] = [
  lunr.stopWordFilter as WordFunction,
  plugin('fr').stopWordFilter,
  plugin('es').stopWordFilter,
  plugin('pt').stopWordFilter,
];

const special: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  ı: 'i',
};

/** Lower case without accents: "Côte d'Ivoire" → "cote d'ivoire". */
export function foldAccents(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ßæœøđłı]/g, (c) => special[c] ?? c);
}

/** Words are runs of letters and digits; everything else separates them. */
const wordPattern = /[\p{L}\p{N}]+/gu;
const maxWordLength = 40;

export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

/** The words of a text with their offsets, lower-cased but not folded. */
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
 * A stop word in any of the four languages, judged on the folded word: "São" and "Sao" must
 * both be kept or both be dropped, or a query typed without accents could not match.
 */
export function isStopWord(word: string): boolean {
  let known = stopCache.get(word);
  if (known === undefined) {
    const folded = new lunr.Token(foldAccents(word), {});
    known = stopFilters.some((filter) => filter(folded) === undefined);
    stopCache.set(word, known);
  }
  return known;
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

/** The index terms of a text: words, stop words dropped, folded, stemmed. */
export function analyse(text: string, language: StemLanguage): string[] {
  const terms: string[] = [];
  for (const match of text.matchAll(wordPattern)) {
    const word = match[0].toLowerCase();
    if (word.length > maxWordLength || isStopWord(word)) continue;
    terms.push(stem(foldAccents(word), language));
  }
  return terms;
}

/** Every stem a query word can have, so a query matches documents in any of the languages. */
export function queryVariants(word: string): string[] {
  const folded = foldAccents(word);
  return [...new Set(stemLanguages.map((language) => stem(folded, language)))];
}
