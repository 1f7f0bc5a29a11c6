// A folder of documents → records and diagnostics. Every `.md` file (dotfiles too) yields exactly
// one record or one error diagnostic; parsing runs on worker threads and is cached by content.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Diagnostic, LearningPlan } from '../record/schema.ts';
import { idFromPath, parseDocument, type DocumentResult } from './document.ts';
import { ParseCache, cacheKey, parserVersion } from './cache.ts';
import { listDocuments } from './list.ts';
import { parseInWorkers } from './pool.ts';
import { readDocumentFile } from './read.ts';
import type { Job } from './worker-main.ts';
import { toMeta } from '../record/meta.ts';
import { Strings } from './intern.ts';
import { limitHeapGrowth } from './heap-growth.ts';

export interface LoadOptions {
  /** Folder for the parse cache (keyed by content hash and parser version); none when omitted. */
  cacheDir?: string;
  /** Worker threads; defaults to the number of cores. Small folders are parsed in-process. */
  workers?: number;
  /** Called as documents are read, for progress output. */
  onProgress?: (done: number, total: number) => void;
  /** Read symbolic links to files whose real target is inside the folder (never others). */
  followLinks?: boolean;
  /**
   * Milliseconds one document may take to parse (default 10 s, or PLAN_ARCHIVE_PARSE_TIMEOUT_MS);
   * past it the document is a `parse-timeout` error. 0 turns the limit off.
   */
  parseTimeoutMs?: number;
}

export const defaultParseTimeoutMs = 10_000;

function parseTimeout(options: LoadOptions): number {
  if (options.parseTimeoutMs !== undefined) return options.parseTimeoutMs;
  const env = Number(process.env.PLAN_ARCHIVE_PARSE_TIMEOUT_MS || NaN);
  return env >= 0 ? env : defaultParseTimeoutMs;
}

export interface LoadResult {
  /** Files found (every *.md, dotfiles and links included). */
  documents: number;
  /** One record per readable document, in file-name order; drafts included (draft: true). */
  records: LearningPlan[];
  /** Every diagnostic: the records' own and the error diagnostics of files that gave no record. */
  diagnostics: Diagnostic[];
  /**
   * Each record's hash: its document's path and bytes and the parser's version, so the build can
   * tell unchanged records without hashing them (src/site/files/side-keys.ts).
   */
  hashes: Map<LearningPlan, string>;
}

/** Without a time budget, so few documents are not worth starting worker threads for. */
const inProcessLimit = 64;

/**
 * A result read back from the cache or a worker thread: its meta null-prototype again, its
 * diagnostics one list (the cache's JSON holds them twice), its strings shared with the others.
 */
function revived(result: DocumentResult, strings: Strings): DocumentResult {
  const { record } = result;
  if (!record) return strings.intern(result);
  record.meta = toMeta(record.meta);
  strings.intern(record);
  return { record, diagnostics: record.diagnostics };
}

/** Makes slugs unique in file-name order: the second `agriculture` becomes `agriculture-2`. */
function uniqueSlugs(records: LearningPlan[]): void {
  const taken = new Set<string>();
  for (const record of records) {
    let slug = record.slug;
    for (let n = 2; taken.has(slug); n++) slug = `${record.slug}-${n}`;
    taken.add(slug);
    record.slug = slug;
  }
}

export async function loadFolder(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  // Before the records are read: the parse workers and the side-files worker take it too.
  limitHeapGrowth();
  const listed = listDocuments(dir, { followLinks: options.followLinks });
  const total = listed.length;
  const cache = options.cacheDir ? new ParseCache(options.cacheDir) : null;
  const results: (DocumentResult | null)[] = new Array<DocumentResult | null>(total).fill(null);
  const keys: (string | null)[] = new Array<string | null>(total).fill(null);
  const misses: { index: number; key: string; job: Job }[] = [];
  let done = 0;
  const strings = new Strings();
  const progress = (): void => options.onProgress?.(++done, total);

  // Synchronous reads: for thousands of small files they are several times faster than
  // thousands of pending promises, and nothing else needs the thread meanwhile.
  listed.forEach((entry, index) => {
    const filePath = path.join(dir, entry.name);
    const read = 'file' in entry ? readDocumentFile(entry.file) : { error: entry.refused };
    if ('error' in read) {
      const { code, message } = read.error;
      const diagnostic: Diagnostic = {
        file: filePath,
        line: 1,
        column: 1,
        severity: 'error',
        code,
        message,
      };
      results[index] = { record: null, diagnostics: [diagnostic] };
      progress();
      return;
    }
    const { bytes } = read;
    const key = cacheKey(filePath, bytes);
    keys[index] = key;
    const cached = cache?.get(key) ?? null;
    if (cached) {
      results[index] = revived(cached, strings);
      progress();
    } else {
      misses.push({ index, key, job: { filePath, id: idFromPath(entry.name), bytes } });
    }
  });

  const store = (index: number, result: DocumentResult): void => {
    results[index] = result;
    progress();
  };
  const workers = options.workers ?? availableParallelism();
  const timeoutMs = parseTimeout(options);
  // A parse on this thread could not be stopped, so with a budget every document goes to a worker.
  if (misses.length > 0 && (timeoutMs > 0 || (misses.length > inProcessLimit && workers > 1))) {
    await parseInWorkers(
      misses.map((m) => m.job),
      workers,
      (i, result) => store(misses[i]!.index, revived(result, strings)),
      { timeoutMs },
    );
  } else {
    for (const { index, job } of misses)
      store(index, revived(parseDocument(job.filePath, Buffer.from(job.bytes), job.id), strings));
  }
  if (cache) {
    // A timeout says how busy the machine was, not what the document is: it is tried again.
    const lasting = misses.filter(
      (m) => !results[m.index]!.diagnostics.some((d) => d.code === 'parse-timeout'),
    );
    await cache.setMany(lasting.map((m) => ({ key: m.key, result: results[m.index]! })));
    await cache.pruneOtherVersions();
  }

  const records: LearningPlan[] = [];
  const diagnostics: Diagnostic[] = [];
  const hashes = new Map<LearningPlan, string>();
  const version = parserVersion();
  results.forEach((result, index) => {
    if (!result) return;
    if (result.record) {
      records.push(result.record);
      // A timed-out parse is not what the document's bytes give: no hash, nothing reused.
      const key = keys[index];
      if (key && !result.diagnostics.some((d) => d.code === 'parse-timeout'))
        hashes.set(result.record, `${version}:${key}`);
    }
    diagnostics.push(...result.diagnostics);
  });
  uniqueSlugs(records);
  return { documents: total, records, diagnostics, hashes };
}
