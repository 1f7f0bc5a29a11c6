// Each plan's analysis for the search index (its terms per field and the words of the word
// dictionary, documents.ts), kept in the cache folder by a hash of the plan and the analysis
// code. A rebuild after one document changed analyses that one plan and merges the others' kept
// results, instead of stemming every answer of the archive again. The weights, shards and
// phrases are still computed over all plans: they depend on every plan at once.
import { createHash } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LearningPlan } from '../../record/schema.ts';
import { codeVersion } from '../../code-version.ts';
import { fieldTermsAndWords, type FieldTerms } from './documents.ts';
import { WordCollector } from './words.ts';

/** What buildSearchData asks of each plan, in ref order: its field terms, its words heard. */
export type PlanAnalyser = (plan: LearningPlan, words: WordCollector) => FieldTerms;

/**
 * A plan's analysis as kept: per field its distinct terms in first-seen order, each followed by
 * its count (`["water", 3, "suppli", 1]`), and the distinct (word, term) pairs it gave the word
 * dictionary in first-heard order, with 1 when the word stood in a title, tag or summary.
 */
interface Kept {
  fields: Record<string, (string | number)[]>;
  words: (string | number)[];
}

/** Hears a plan's words for `target` and notes each distinct (word, term) pair. */
class WordRecorder extends WordCollector {
  readonly pairs = new Map<string, { word: string; term: string; kept: boolean }>();

  constructor(private readonly target: WordCollector) {
    super();
  }

  override nextPlan(): void {
    this.target.nextPlan();
  }

  override add(word: string, term: string, field: string): void {
    this.target.add(word, term, field);
    const key = `${word}\0${term}`;
    const pair = this.pairs.get(key);
    if (pair === undefined) this.pairs.set(key, { word, term, kept: field !== 'b' });
    else if (field !== 'b') pair.kept = true;
  }
}

function keep(terms: FieldTerms, recorder: WordRecorder): Kept {
  const fields: Kept['fields'] = Object.create(null) as Kept['fields'];
  for (const [code, list] of Object.entries(terms)) {
    const counts = new Map<string, number>();
    for (const term of list) counts.set(term, (counts.get(term) ?? 0) + 1);
    fields[code] = [...counts].flat();
  }
  const words = [...recorder.pairs.values()].flatMap((p) => [p.word, p.term, p.kept ? 1 : 0]);
  return { fields, words };
}

/** The kept analysis given back as fieldTermsAndWords gives it, its words told to `words`. */
function replay(kept: Kept, words: WordCollector): FieldTerms {
  words.nextPlan();
  const list = kept.words;
  // A word met outside the answers is told as a title word: the collector keeps it either way.
  for (let i = 0; i < list.length; i += 3)
    words.add(list[i] as string, list[i + 1] as string, list[i + 2] === 1 ? 't' : 'b');
  const terms: FieldTerms = {};
  for (const [code, flat] of Object.entries(kept.fields)) {
    const out: string[] = [];
    for (let i = 0; i < flat.length; i += 2) {
      const term = flat[i] as string;
      for (let n = flat[i + 1] as number; n > 0; n--) out.push(term);
    }
    terms[code] = out;
  }
  return terms;
}

const code = (): string =>
  codeVersion(fileURLToPath(new URL('./analysis-cache.ts', import.meta.url)));

/** The cache folder's file of analyses: one `key\tjson` line a plan of the last build. */
const fileName = 'search-analysis.ndjson';

/**
 * The analyses of the last build, and a writer of this build's. `analyse` answers from the file
 * when it holds the plan's key, else analyses the plan; each plan's line goes at once to a new
 * file, which `save` puts in place of the old one: it holds this build's plans only, so it never
 * grows past the archive, and no line is held twice.
 */
export class AnalysisCache {
  hits = 0;
  misses = 0;
  private readonly target: string;
  private readonly temporary: string;
  private fd: number | null = null;

  private constructor(
    private readonly dir: string,
    private readonly before: Map<string, string>,
    private readonly kept: number,
    private readonly version: string,
  ) {
    this.target = join(dir, fileName);
    this.temporary = `${this.target}.${process.pid}.tmp`;
  }

  /** `version` stands for the analysis code's; tests give another to stand for a code change. */
  static open(cacheDir: string, version = code()): AnalysisCache {
    const before = new Map<string, string>();
    let text = '';
    try {
      text = readFileSync(join(cacheDir, fileName), 'utf8');
    } catch {
      // No analyses kept yet: every plan is a miss.
    }
    for (const line of text.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0) before.set(line.slice(0, tab), line.slice(tab + 1));
    }
    return new AnalysisCache(cacheDir, before, before.size, version);
  }

  /** The key of a plan's analysis: the analysis code and the whole plan as the index sees it. */
  keyOf(plan: LearningPlan): string {
    const hash = createHash('sha256').update(this.version).update('\0');
    return hash.update(JSON.stringify(plan)).digest('base64url').slice(0, 32);
  }

  readonly analyse: PlanAnalyser = (plan, words) => {
    const key = this.keyOf(plan);
    const line = this.before.get(key);
    this.before.delete(key);
    let kept: Kept | null = null;
    try {
      if (line !== undefined) kept = JSON.parse(line) as Kept;
    } catch {
      // A damaged line is a miss: the plan is analysed afresh.
    }
    if (kept !== null) {
      this.hits++;
      this.append(key, line!);
      return replay(kept, words);
    }
    this.misses++;
    const recorder = new WordRecorder(words);
    const terms = fieldTermsAndWords(plan, recorder);
    this.append(key, JSON.stringify(keep(terms, recorder)));
    return terms;
  };

  private append(key: string, json: string): void {
    if (this.fd === null) {
      mkdirSync(this.dir, { recursive: true });
      this.fd = openSync(this.temporary, 'w');
    }
    writeSync(this.fd, `${key}\t${json}\n`);
  }

  /** Drop this build's analyses (the index failed): the last build's file stays. */
  abandon(): void {
    if (this.fd === null) return;
    closeSync(this.fd);
    this.fd = null;
    rmSync(this.temporary, { force: true });
  }

  /** Put this build's analyses in place, unless they are the file's already. */
  save(): void {
    if (this.fd === null) return;
    closeSync(this.fd);
    this.fd = null;
    if (this.misses === 0 && this.hits === this.kept) rmSync(this.temporary, { force: true });
    else renameSync(this.temporary, this.target);
  }
}
