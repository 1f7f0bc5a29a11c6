// serve's quick update. The build process that made the served site stays alive with its records
// and model; when documents are edited, it parses only those, and when each still sits where it
// did (same address, facet values, order: src/site/pages/patch.ts) it renders only the pages that
// print it and moves them over the served ones: first the edited plans' own pages, the ones
// their author is looking at (`patch`), then the value, home and plan pages that show their
// cards (`finish`). A plan whose edit moves it in the lists (a new title) gets only its own page:
// the lists wait. A full build follows anyway for what a plan's words also feed (related plans,
// search, map, exports); anything else (a new, deleted, renamed or broken document) waits for it.
import { join } from 'node:path';
import type { BuiltSite } from '../build.ts';
import { pageFile } from '../eleventy/page-keys.ts';
import { ParseCache, cacheKey } from '../load/cache.ts';
import { idFromPath, parseDocument, type DocumentResult } from '../load/document.ts';
import { readDocumentFile } from '../load/read.ts';
import type { Diagnostic, LearningPlan } from '../record/schema.ts';
import { publicRecord } from '../site/contact-policy.ts';
import { keepsOrder, patchOwnPage, patchPlan, samePlace } from '../site/pages/patch.ts';
import { replacePages } from './replace-pages.ts';

export type PatchAnswer =
  | {
      kind: 'patched';
      /** Pages written. */
      pages: number;
      /** Pages that show the edited plans' cards, left for `finish`. */
      pending: number;
      diagnostics: Diagnostic[];
      cpuSeconds: number;
    }
  | { kind: 'full'; reason: string };

interface Edit {
  file: string;
  key: string;
  result: DocumentResult;
  record: LearningPlan;
  /** Its place in the lists changes: only its own page is written before the full build. */
  moved: boolean;
}

export class LiveSite {
  readonly #site: BuiltSite;
  readonly #input: string;
  readonly #cache: ParseCache | null;
  readonly #records: Map<string, LearningPlan>;
  /** The URLs of pages that show an edited plan's card, not yet written. */
  #pending = new Set<string>();

  constructor(site: BuiltSite, input: string, cacheDir: string | undefined) {
    this.#site = site;
    this.#input = input;
    this.#cache = cacheDir ? new ParseCache(cacheDir) : null;
    this.#records = new Map(site.records.map((r) => [r.sourcePath, r]));
  }

  /**
   * Update the own pages of the documents `names` (paths relative to the input folder), and
   * note the pages that show their cards for `finish`.
   */
  async patch(names: string[]): Promise<PatchAnswer> {
    const cpu = process.cpuUsage();
    const edits: Edit[] = [];
    for (const name of new Set(names)) {
      const edit = this.#read(name);
      if (typeof edit === 'string') return { kind: 'full', reason: `${name}: ${edit}` };
      edits.push(edit);
    }
    const site = this.#site;
    const own = new Set<string>();
    const pending = this.#pending;
    for (const { file, record, result, moved } of edits) {
      this.#records.set(file, record);
      site.diagnostics = [
        ...site.diagnostics.filter((d) => d.file !== file),
        ...result.diagnostics,
      ];
      const index = site.indexOf.get(file);
      // A draft has no pages.
      if (index === undefined) continue;
      const published = publicRecord(record, site.config.focalPoint).plan;
      if (moved) {
        own.add(patchOwnPage(site.parts, index, published).url);
        continue;
      }
      const patched = patchPlan(site.parts, index, published);
      own.add(site.parts.model.plans[index]!.url);
      for (const page of [...patched.plans, ...patched.values]) pending.add(page.url);
      if (patched.home) pending.add('/');
    }
    for (const url of own) pending.delete(url);
    // So the full build that follows parses nothing again.
    await this.#cache?.setMany(edits.map(({ key, result }) => ({ key, result })));
    // The pending pages' hashes are forgotten now too: one manifest write, not two.
    const written = await this.#write([...own], [...pending].map(pageFile));
    return {
      kind: 'patched',
      pages: written,
      pending: pending.size,
      diagnostics: site.diagnostics,
      cpuSeconds: cpuSince(cpu),
    };
  }

  /** Write the pages that show the edited plans' cards (value pages, home, related plans). */
  async finish(): Promise<PatchAnswer> {
    const cpu = process.cpuUsage();
    const urls = [...this.#pending];
    this.#pending = new Set();
    const written = await this.#write(urls);
    return {
      kind: 'patched',
      pages: written,
      pending: 0,
      diagnostics: this.#site.diagnostics,
      cpuSeconds: cpuSince(cpu),
    };
  }

  /** The document parsed, or why the quick update cannot show it. */
  #read(name: string): Edit | string {
    const file = join(this.#input, name);
    const previous = this.#records.get(file);
    if (!previous) return 'not a record of the served site';
    const read = readDocumentFile(file);
    if ('error' in read) return read.error.message;
    const result = parseDocument(file, read.bytes, idFromPath(name));
    const { record } = result;
    if (!record || result.diagnostics.some((d) => d.severity === 'error'))
      return 'it has errors now';
    if (!samePlace(previous, record)) return 'its address or facet values changed';
    const index = this.#site.indexOf.get(file);
    const published =
      index === undefined ? null : publicRecord(record, this.#site.config.focalPoint);
    const moved = published !== null && !keepsOrder(this.#site.parts, index!, published.plan);
    return { file, key: cacheKey(file, read.bytes), result, record, moved };
  }

  /** The pages at `urls`, rendered again and moved over the served ones. */
  #write(urls: string[], alsoForget: string[] = []): Promise<number> {
    return replacePages(this.#site, this.#site.parts.model, urls, alsoForget);
  }
}

function cpuSince(start: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1e6;
}
