// The query sets of the search-quality benchmark, generated from the records with a fixed seed:
// what people type, each with the plans that answer it. Pure: records in, queries out.
import type { LearningPlan } from '../src/record/schema.ts';
import { facetValues } from '../src/site/facets/values.ts';
import { answerText } from '../src/site/search/documents.ts';
import { foldAccents, isStopWordIn, stemLanguageOf, wordSpans } from '../src/common/search-text.ts';

export interface BenchQuery {
  /** What our search page is given. */
  ours: string;
  /** What Pagefind is given (no field syntax). */
  theirs: string;
  /** The slugs that answer it; the first is the target of a known-item query. */
  relevant: string[];
}

export interface TypingQuery {
  /** The whole query; its prefixes are what the user has typed so far. */
  full: string;
  /** Where the second word starts. */
  second: number;
  target: string;
}

export interface QuerySets {
  knownItem: BenchQuery[];
  oneTypo: BenchQuery[];
  rarePhrase: BenchQuery[];
  frenchSpanish: BenchQuery[];
  frenchSpanishFolded: BenchQuery[];
  countryMethodText: BenchQuery[];
  countryMethodFields: BenchQuery[];
  titleWords: BenchQuery[];
  asYouType: TypingQuery[];
}

/** mulberry32: a small seeded generator, so the sets are the same on every run. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
  }
  return pool;
}

const titleOf = (plan: LearningPlan): string => plan.fullTitle ?? plan.title;

/** Plans holding each folded word in their title, summary or answers. */
function documentFrequencies(plans: readonly LearningPlan[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const plan of plans) {
    const seen = new Set(
      wordSpans(`${titleOf(plan)} ${plan.summary} ${answerText(plan)}`).map((s) =>
        foldAccents(s.word),
      ),
    );
    for (const word of seen) df.set(word, (df.get(word) ?? 0) + 1);
  }
  return df;
}

/** A title's words worth typing: no stop words of its language, no numbers, no repeats. */
function titleWords(plan: LearningPlan, minLength = 3): string[] {
  const language = stemLanguageOf(plan.language);
  const words = wordSpans(titleOf(plan))
    .map((s) => s.word)
    .filter((w) => w.length >= minLength && !/^\d+$/.test(w) && !isStopWordIn(w, language));
  return [...new Set(words)];
}

/** One slip of the fingers inside a word: two letters swapped, or one dropped; never a no-op. */
function typo(word: string, next: () => number): string {
  const at = 1 + Math.floor(next() * (word.length - 2));
  const swapped = word.slice(0, at) + (word[at + 1] ?? '') + word[at] + word.slice(at + 2);
  return next() < 0.5 && swapped !== word ? swapped : word.slice(0, at) + word.slice(at + 1);
}

export function generateQueries(plans: readonly LearningPlan[], seed = 2026): QuerySets {
  const next = random(seed);
  const df = documentFrequencies(plans);
  const rarity = (w: string): number => df.get(foldAccents(w)) ?? 0;
  const order = shuffled(plans, next);
  const english = order.filter((p) => p.language === 'en');

  // Known items: 2 to 4 of the rarest words of a title, in title order.
  const knownItem: BenchQuery[] = [];
  for (const plan of english) {
    if (knownItem.length === 100) break;
    const words = titleWords(plan);
    if (words.length < 2) continue;
    const n = Math.min(words.length, 2 + Math.floor(next() * 3));
    const rare = new Set([...words].sort((a, b) => rarity(a) - rarity(b)).slice(0, n));
    const q = words.filter((w) => rare.has(w)).join(' ');
    knownItem.push({ ours: q, theirs: q, relevant: [plan.slug] });
  }

  // The same with one typo in its longest word (queries of short words only are left out).
  const oneTypo = knownItem.flatMap((k) => {
    const words = k.ours.split(' ');
    const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
    if (longest.length < 4) return [];
    const q = words.map((w) => (w === longest ? typo(w, next) : w)).join(' ');
    return [{ ours: q, theirs: q, relevant: k.relevant }];
  });

  // As you type: two-word known items, the second word typed letter by letter.
  const asYouType: TypingQuery[] = [];
  for (const k of knownItem) {
    const words = k.ours.split(' ');
    if (words.length < 2 || (words[1]?.length ?? 0) < 3 || asYouType.length === 30) continue;
    const full = `${words[0]} ${words[1]}`;
    asYouType.push({ full, second: (words[0] as string).length + 1, target: k.relevant[0] ?? '' });
  }

  // Rare phrases: three words in a row from past the part the results show of the answers.
  const rarePhrase: BenchQuery[] = [];
  for (const plan of english) {
    if (rarePhrase.length === 50) break;
    const spans = wordSpans(answerText(plan).slice(2000));
    if (spans.length < 40) continue;
    const at = Math.floor(next() * (spans.length - 3));
    const words = spans.slice(at, at + 3).map((s) => s.word);
    if (words.some((w) => w.length < 3 || isStopWordIn(w, 'en') || /^\d+$/.test(w))) continue;
    const q = words.join(' ');
    rarePhrase.push({ ours: q, theirs: q, relevant: [plan.slug] });
  }

  // French and Spanish titles with an accented word, typed with and without the accents.
  const frenchSpanish: BenchQuery[] = [];
  const frenchSpanishFolded: BenchQuery[] = [];
  for (const plan of order.filter((p) => p.language === 'fr' || p.language === 'es')) {
    if (frenchSpanish.length === 30) break;
    const words = titleWords(plan);
    const accented = words.find((w) => foldAccents(w) !== w);
    if (accented === undefined || words.length < 2) continue;
    const other = [...words.filter((w) => w !== accented)].sort((a, b) => rarity(a) - rarity(b))[0];
    const q = `${accented} ${other}`;
    frenchSpanish.push({ ours: q, theirs: q, relevant: [plan.slug] });
    frenchSpanishFolded.push({
      ours: foldAccents(q),
      theirs: foldAccents(q),
      relevant: [plan.slug],
    });
  }

  // Country and method: every plan tagged with both answers.
  const countryMethodText: BenchQuery[] = [];
  const countryMethodFields: BenchQuery[] = [];
  const pairs = new Map<string, string[]>();
  for (const plan of plans) {
    for (const c of facetValues(plan, 'country')) {
      for (const m of facetValues(plan, 'method')) {
        if (!/^[a-z]+$/.test(c.key) || !/^[a-z]+$/.test(m.key)) continue;
        const key = `${c.key} ${m.key}`;
        pairs.set(key, [...(pairs.get(key) ?? []), plan.slug]);
      }
    }
  }
  for (const [key, slugs] of shuffled([...pairs], next).slice(0, 30)) {
    const [country = '', method = ''] = key.split(' ');
    countryMethodText.push({ ours: key, theirs: key, relevant: slugs });
    countryMethodFields.push({
      ours: `country:${country} method:${method}`,
      theirs: key,
      relevant: slugs,
    });
  }

  // Every English title word of 2+ letters findable with one other word of its title.
  const titleWordQueries: BenchQuery[] = [];
  for (const plan of english) {
    if (titleWordQueries.length === 100) break;
    const words = titleWords(plan, 2);
    if (words.length < 2) continue;
    const word = words[Math.floor(next() * words.length)] as string;
    const others = words.filter((w) => w !== word).sort((a, b) => rarity(a) - rarity(b));
    const q = `${word} ${others[0]}`;
    titleWordQueries.push({ ours: q, theirs: q, relevant: [plan.slug] });
  }

  return {
    knownItem,
    oneTypo,
    rarePhrase,
    frenchSpanish,
    frenchSpanishFolded,
    countryMethodText,
    countryMethodFields,
    titleWords: titleWordQueries,
    asYouType,
  };
}
