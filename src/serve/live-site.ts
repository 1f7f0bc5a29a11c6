// serve's quick update. The build process that made the served site stays alive with its records
// and model; when documents are edited, it parses only those, and when each still sits where it
// did (same address, facet values, order: src/site/pages/patch.ts) it renders only the pages that
// print it and moves them over the served ones: first the edited plans' own pages, the ones
// their author is looking at (`patch`), then the value, home and plan pages that show their
// cards (`finish`). A full build follows anyway for what a plan's words also feed (related
// plans, search, map, exports); anything else (a new, deleted, moved or broken document) waits
// for it.
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { BuiltSite } from '../build.ts';
import { templatesDir } from '../eleventy/config.ts';
import { pageFile } from '../eleventy/page-keys.ts';
import { newEleventy, writePages } from '../eleventy/pages.ts';
import { ParseCache, cacheKey } from '../load/cache.ts';
import { idFromPath, parseDocument, type DocumentResult } from '../load/document.ts';
import { readDocumentFile } from '../load/read.ts';
import { forgetHashes } from '../output/manifest.ts';
import type { Diagnostic, LearningPlan } from '../record/schema.ts';
import { publicRecord } from '../site/contact-policy.ts';
import { keepsOrder, patchPlan, samePlace } from '../site/pages/patch.ts';
import type { PlanPage, ValuePage } from '../site/pages/model.ts';

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

/**
 * Templates a quick update never writes: pages that print no plan's words (a value's themes
 * print only values and counts, which an edit in place keeps), and lists of all.
 */
const untouched = [
  '404.njk',
  'about.njk',
  'browse.njk',
  'map.njk',
  'robots.njk',
  'search.njk',
  'sitemap.njk',
  'sitemap-index.njk',
  'value-themes.njk',
];

interface Edit {
  file: string;
  key: string;
  result: DocumentResult;
  record: LearningPlan;
}

export class LiveSite {
  readonly #site: BuiltSite;
  readonly #input: string;
  readonly #cache: ParseCache | null;
  readonly #records: Map<string, LearningPlan>;
  /** The files of the served site: only a full build adds or removes any. */
  readonly #served: Set<string>;
  /**
   * Pages that show an edited plan's card, not yet written. Plan pages by their index in the
   * model, since a later edit of that plan replaces its page object.
   */
  #pending = { plans: new Set<number>(), values: new Set<ValuePage>(), home: false };

  constructor(site: BuiltSite, input: string, cacheDir: string | undefined) {
    this.#site = site;
    this.#input = input;
    this.#cache = cacheDir ? new ParseCache(cacheDir) : null;
    this.#records = new Map(site.records.map((r) => [r.sourcePath, r]));
    this.#served = new Set(site.manifest.files);
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
    const { model } = site.parts;
    const own = new Set<PlanPage>();
    const pending = this.#pending;
    for (const { file, record, result } of edits) {
      this.#records.set(file, record);
      site.diagnostics = [
        ...site.diagnostics.filter((d) => d.file !== file),
        ...result.diagnostics,
      ];
      const index = site.indexOf.get(file);
      // A draft has no pages.
      if (index === undefined) continue;
      const patched = patchPlan(
        site.parts,
        index,
        publicRecord(record, site.config.focalPoint).plan,
      );
      own.add(model.plans[index]!);
      for (const p of patched.plans) pending.plans.add(model.plans.indexOf(p));
      for (const v of patched.values) pending.values.add(v);
      pending.home ||= patched.home;
    }
    for (const page of own) pending.plans.delete(model.plans.indexOf(page));
    // So the full build that follows parses nothing again.
    await this.#cache?.setMany(edits.map(({ key, result }) => ({ key, result })));
    // The pending pages' hashes are forgotten now too: one manifest write, not two.
    const written = await this.#write([...own], [], false, this.#pendingFiles());
    return {
      kind: 'patched',
      pages: written,
      pending: this.#pendingFiles().length,
      diagnostics: site.diagnostics,
      cpuSeconds: cpuSince(cpu),
    };
  }

  /** Write the pages that show the edited plans' cards (value pages, home, related plans). */
  async finish(): Promise<PatchAnswer> {
    const cpu = process.cpuUsage();
    const { plans, values, home } = this.#pending;
    this.#pending = { plans: new Set(), values: new Set(), home: false };
    const { model } = this.#site.parts;
    const written = await this.#write(
      [...plans].map((i) => model.plans[i]!),
      [...values],
      home,
    );
    return {
      kind: 'patched',
      pages: written,
      pending: 0,
      diagnostics: this.#site.diagnostics,
      cpuSeconds: cpuSince(cpu),
    };
  }

  /** The files of the pending pages. */
  #pendingFiles(): string[] {
    const { plans, values, home } = this.#pending;
    const { model } = this.#site.parts;
    const urls = [...[...plans].map((i) => model.plans[i]!.url), ...[...values].map((v) => v.url)];
    if (home) urls.push('/');
    return urls.map(pageFile);
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
    if (published && !keepsOrder(this.#site.parts, index!, published.plan))
      return 'it moved in the lists';
    return { file, key: cacheKey(file, read.bytes), result, record };
  }

  /**
   * Render the pages into a folder beside the output, then move each over its served file.
   * The manifest forgets the hashes of these files and of `alsoForget`, which will change soon.
   */
  async #write(
    plans: PlanPage[],
    values: ValuePage[],
    home: boolean,
    alsoForget: string[] = [],
  ): Promise<number> {
    const { model } = this.#site.parts;
    const output = this.#site.output;
    const urls = [...plans, ...values].map((p) => p.url);
    if (home) urls.push('/');
    const files = urls.map(pageFile);
    if (files.length === 0) return 0;
    const served = this.#served;
    // Only files the build wrote, so the output stays the build's own (src/output/guard.ts).
    const foreign = files.find((f) => !served.has(f));
    if (foreign) throw new Error(`${foreign} is not a page of the served site`);
    const staging = await mkdtemp(join(dirname(output), '.plan-archive-patch-'));
    try {
      const archive = {
        ...model,
        plans,
        values,
        browse: [],
        valueThemes: [],
        paths: [],
        sitemaps: { files: [], index: [] },
      };
      const skip = [
        ...untouched,
        ...(home ? [] : ['index.njk']),
        ...(values.length ? [] : ['value.njk']),
      ];
      const rendered = await writePages(
        newEleventy(templatesDir, staging, { site: model.site, archive }, undefined, skip),
      );
      // A template left out of `untouched` renders all its pages on every edit, for nothing.
      if (rendered !== files.length)
        throw new Error(`the quick update rendered ${rendered} pages for ${files.length}`);
      // Written only when a hash is still recorded: `patch` forgot those of `finish` already.
      const manifest = this.#site.manifest;
      const stale = [...files, ...alsoForget].filter((f) => manifest.hashes?.[f] !== undefined);
      if (stale.length > 0) await forgetHashes(output, stale, manifest);
      // Each rename replaces one file at once: a request sees the old page or the new one.
      for (const file of files) await rename(join(staging, file), join(output, file));
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
    return files.length;
  }
}

function cpuSince(start: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1e6;
}
