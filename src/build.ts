// Documents → site: load the records, render the pages with Eleventy, write the exports, then let
// the search and map writers add their assets. `buildFromRecords` is the seam tests use to
// build from hand-made records without parsing. Everything is written into a staging folder that
// replaces the output only once the whole site is there (src/output/).
import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import type Eleventy from '@11ty/eleventy';
import { templatesDir } from './eleventy/config.ts';
import { newEleventy, writeArchivePages, type ArchiveData } from './eleventy/pages.ts';
import { pagesToRender, renderBase, viewsKey } from './eleventy/page-keys.ts';
import { plural } from './common/plural.ts';
import { loadFolder } from './load/folder.ts';
import { inputFolder } from './load/list.ts';
import { checkOutput } from './output/guard.ts';
import { publishSite } from './output/publish.ts';
import type { Diagnostic, LearningPlan } from './record/schema.ts';
import { loadSiteConfig, type SiteConfig } from './site/config.ts';
import type { ContactCounts } from './site/contact-policy.ts';
import { cachedPublicRecords } from './site/contact-cache.ts';
import {
  buildSiteModelParts,
  publishedPlans,
  type ModelParts,
  type SiteModel,
} from './site/pages/model.ts';
import { createProgress } from './cli/progress.ts';
import { startSideWorker, type SideResult, type SideTimes } from './site/files/side-files.ts';
import { recordsKey, sideFilesKey, sourceKey } from './site/files/side-keys.ts';
import { cachedRelated, relatedCacheKey } from './site/pages/related-cache.ts';
import { PhaseClock, type Phase } from './build-phases.ts';
import type { Manifest } from './output/manifest.ts';
import type { OutputReuse } from './output/reuse.ts';
import { withReuse } from './eleventy/reuse-writes.ts';

export interface BuildOptions {
  /** Folder of markdown documents. */
  input: string;
  /** Folder the site is written to. */
  output: string;
  /** Site configuration JSON (title, baseUrl, pathPrefix, facets, focalPoint, tileLayer). */
  configPath?: string;
  /** No progress output. */
  quiet?: boolean;
  /** Parse cache folder; warm builds skip unchanged documents. */
  cacheDir?: string;
  /** Empty an output folder that holds files the build did not write. */
  force?: boolean;
  /** Read symbolic links to files whose real target is inside the input. */
  followLinks?: boolean;
}

export interface BuildSummary {
  documents: number;
  records: number;
  pages: number;
  diagnostics: { error: number; warning: number; info: number };
  /** Every diagnostic, for callers that show them (serve). */
  diagnosticList: Diagnostic[];
  seconds: number;
  /** Wall and CPU seconds of each phase of the build, in order. */
  phases: Phase[];
  /** The side-files worker's wall seconds and the part of them it was busy (in the pages phase). */
  side: SideTimes;
  /** Files in the built site. */
  files: number;
  /** Of them, those linked unchanged from the previous output instead of written. */
  linked: number;
  /** HTML pages Eleventy rendered; the others were linked with their render key unchanged. */
  rendered: number;
  /** The site's origin as configured, so the CLI can say when it is still the default. */
  baseUrl: string;
  /** Distinct e-mail addresses and phone numbers the contact policy withheld or masked. */
  contacts: ContactCounts;
}

export interface RecordBuildOptions {
  output: string;
  config: SiteConfig;
  quiet?: boolean;
  /** Where relative `sourcePath`s are found; the current directory when omitted. */
  sourceRoot?: string;
  /** Cache folder; the search index of an unchanged archive is reused from it. */
  cacheDir?: string;
  /** The documents' folder, which the output may not be, hold or lie in. */
  input?: string;
  /** Empty an output folder that holds files the build did not write. */
  force?: boolean;
  /** Called with the site model before any page is rendered (serve's preview). */
  afterModel?: (model: SiteModel) => Promise<void>;
}

function countDiagnostics(diagnostics: Diagnostic[]): BuildSummary['diagnostics'] {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}

/**
 * "7,563 documents, 7,560 records, 10,204 pages, 0 errors, 12 warnings, 3 info in 21.4 s;
 * 786 e-mail addresses and 247 phone numbers withheld"
 */
export function formatSummary(s: BuildSummary): string {
  return (
    `${plural(s.documents, 'document')}, ${plural(s.records, 'record')}, ${plural(s.pages, 'page')}, ` +
    `${plural(s.diagnostics.error, 'error')}, ${plural(s.diagnostics.warning, 'warning')}, ` +
    `${plural(s.diagnostics.info, 'info', 'info')} in ${s.seconds.toFixed(1)} s; ${formatContacts(s.contacts)}`
  );
}

function formatContacts(c: ContactCounts): string {
  if (c.policy === 'show') return 'contact details published as written (focalPoint: show)';
  const done = c.policy === 'hide' ? 'withheld' : 'masked';
  return `${plural(c.emails, 'e-mail address', 'e-mail addresses')} and ${plural(c.phones, 'phone number')} ${done}`;
}

/** What a build leaves for serve's quick updates (src/serve/live-site.ts). */
export interface BuiltSite {
  config: SiteConfig;
  /** The output folder the site was published to. */
  output: string;
  /** Every record read, drafts too, and every diagnostic, as the summary has them. */
  records: LearningPlan[];
  diagnostics: Diagnostic[];
  parts: ModelParts;
  /** The index in `parts.plans` of each published plan, by its document's path. */
  indexOf: Map<string, number>;
  /** The manifest of the published site, as written. */
  manifest: Manifest;
}

/**
 * `keep` receives the built site's model and records once the site is published; `afterModel`
 * the model before any page is rendered.
 */
export async function buildSite(
  options: BuildOptions,
  keep?: (site: BuiltSite) => void,
  afterModel?: RecordBuildOptions['afterModel'],
): Promise<BuildSummary> {
  const started = performance.now();
  const config = await loadSiteConfig(options.configPath);
  // Before the documents are read, so a refusal comes at once.
  inputFolder(options.input);
  const target = checkOutput(options);
  const progress = createProgress(options.quiet ?? false);
  const clock = new PhaseClock();
  clock.start('read and parse');
  const loaded = await loadFolder(options.input, {
    cacheDir: options.cacheDir,
    followLinks: options.followLinks,
    onProgress: (done, total) => progress.update('Reading documents', done, total),
  });
  progress.done();
  let staged: OutputReuse | undefined;
  const { pages, rendered, contacts, side, linked, parts, indexOf } = await publishSite(
    target,
    async (staging, reuse) => {
      staged = reuse;
      const site = { ...options, config, output: staging, afterModel };
      const written = await writeSite(loaded.records, site, reuse, clock, loaded.hashes);
      clock.start('manifest and swap');
      return written;
    },
  );
  clock.end();
  keep?.({ config, output: target.path, ...loaded, parts, indexOf, manifest: staged!.manifest! });
  return {
    documents: loaded.documents,
    records: loaded.records.length,
    pages,
    diagnostics: countDiagnostics(loaded.diagnostics),
    diagnosticList: loaded.diagnostics,
    seconds: (performance.now() - started) / 1000,
    phases: clock.phases,
    side,
    files: staged?.manifest?.files.length ?? 0,
    linked,
    rendered,
    baseUrl: config.baseUrl,
    contacts,
  };
}

/** The source file of each plan that has one, by index, so a page links only to what exists. */
function sourceFiles(plans: LearningPlan[], root: string): Map<number, string> {
  const out = new Map<number, string>();
  plans.forEach((plan, i) => {
    const file = isAbsolute(plan.sourcePath) ? plan.sourcePath : resolve(root, plan.sourcePath);
    if (existsSync(file)) out.set(i, file);
  });
  return out;
}

export interface SiteWritten {
  /** HTML pages in the site. */
  pages: number;
  /** Of them, those Eleventy rendered (the others were linked unchanged). */
  rendered: number;
  /** What the contact policy withheld or masked. */
  contacts: ContactCounts;
  side: SideTimes;
  /** Files linked unchanged from the previous output (src/output/reuse.ts). */
  linked: number;
}

/** Render the site from records into `options.output`. */
export async function buildFromRecords(
  records: LearningPlan[],
  options: RecordBuildOptions,
): Promise<SiteWritten> {
  const target = checkOutput(options);
  const { pages, rendered, contacts, side, linked } = await publishSite(target, (staging, reuse) =>
    writeSite(records, { ...options, output: staging }, reuse),
  );
  return { pages, rendered, contacts, side, linked };
}

/** The side files as one group of the output: linked whole when their inputs are unchanged. */
const sideGroup = 'side files';

/**
 * Write the site into `options.output`, a fresh staging folder. The records pass the contact
 * policy first: everything after sees only public records. `hashes` (from the loader) let the
 * side files be linked from the previous output without being made when no record changed.
 */
async function writeSite(
  records: LearningPlan[],
  options: RecordBuildOptions,
  reuse: OutputReuse,
  clock = new PhaseClock(),
  hashes?: Map<LearningPlan, string>,
): Promise<SiteWritten & Pick<BuiltSite, 'parts' | 'indexOf'>> {
  clock.start('site model');
  const { config, output } = options;
  const published = publishedPlans(records);
  const sources = sourceFiles(published, options.sourceRoot ?? process.cwd());
  const { records: open, counts: contacts } = cachedPublicRecords(
    published,
    config.focalPoint,
    options.cacheDir,
    hashes,
  );
  const plans = open.map((r) => r.plan);
  const sourceJobs = [...sources].map(([i, file]) => ({
    index: i,
    file,
    details: open[i]!.details,
    key: sourceKey(hashes?.get(published[i]!), config),
  }));
  const keyOfRecords = recordsKey(published, hashes, config);
  const sideKey = sideFilesKey(keyOfRecords, sourceJobs, config);
  // The exports, sources, search index and map data do not need Eleventy: a worker thread
  // builds them on the second core while this one builds the model and renders the pages;
  // unless nothing they are made from changed, and they are linked from the previous output.
  const side = reuse.linkGroup(sideGroup, sideKey)
    ? null
    : startSideWorker(
        {
          output,
          config,
          sources: sourceJobs,
          cacheDir: options.cacheDir,
          previous: reuse.previous,
          seen: reuse.seen,
          recordsKey: keyOfRecords,
        },
        plans,
      );
  const progress = createProgress(options.quiet ?? false);
  const index = new Map(plans.map((p, i) => [p, i]));
  let pages: number;
  let rendered: number;
  let sideTimes: SideTimes;
  let parts: ModelParts;
  try {
    const { cacheDir } = options;
    parts = buildSiteModelParts(plans, config, {
      hasSource: (p) => sources.has(index.get(p) ?? -1),
      related:
        cacheDir !== undefined
          ? (compute, inputs) =>
              cachedRelated(cacheDir, relatedCacheKey(inputs(), config.facets), compute)
          : undefined,
    });
    const { model } = parts;
    await options.afterModel?.(model);
    clock.start('pages and side files');
    let written = 0;
    // Pages whose render key is unchanged are linked from the previous output, not rendered.
    const base = renderBase(model.site, templatesDir);
    const views = viewsKey(base, keyOfRecords, sources.keys());
    const selected = pagesToRender(archiveData(model), base, reuse, views);
    // What Eleventy will write: the other pages, 404.html, robots.txt and the sitemaps.
    const sitemapFiles = model.sitemaps.files.length + model.sitemaps.index.length;
    const total = model.paths.length - selected.linked + 2 + sitemapFiles;
    const onPage = (): void => progress.update('Writing pages', ++written, total);
    // Every writer settles before a failure is passed on, so none writes into a staging
    // folder that is being removed.
    const data = { site: model.site, archive: selected.archive };
    const settled = await Promise.allSettled([
      withReuse(reuse, () =>
        writeArchivePages(templatesDir, output, data, options.quiet ? undefined : onPage),
      ).then((count) => {
        // A file written: this site is not the previous one (output/unchanged.ts), so the
        // pages' links are made now, while the side worker still works, not after it.
        if (side && reuse.result.written > 0) reuse.linkPending();
        return count;
      }),
      side?.done ?? null,
    ]);
    const failed = settled.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
    // The HTML pages Eleventy says it wrote, and those linked instead.
    rendered = (settled[0] as PromiseFulfilledResult<number>).value;
    pages = rendered + selected.linked;
    const made = (settled[1] as PromiseFulfilledResult<SideResult | null>).value;
    sideTimes = { seconds: made?.seconds ?? 0, busySeconds: made?.busySeconds ?? 0 };
    if (made) {
      reuse.merge(made.reuse);
      reuse.recordGroup(sideGroup, sideKey, Object.keys(made.reuse.hashes));
    }
  } catch (error) {
    await side?.stop();
    throw error;
  }
  progress.done();
  const indexOf = new Map(
    parts.plans.map((plan, i) => [published[index.get(plan) ?? -1]?.sourcePath ?? '', i]),
  );
  return {
    pages,
    rendered,
    contacts,
    side: sideTimes,
    linked: reuse.result.linked,
    parts,
    indexOf,
  };
}

/** What the templates print of the model, as Eleventy's global `archive` data. */
function archiveData(model: SiteModel): ArchiveData {
  return {
    plans: model.plans,
    browse: model.browse,
    values: model.values,
    valueThemes: model.valueThemes,
    home: model.home,
    about: model.about,
    paths: model.paths,
    sitemaps: model.sitemaps,
  };
}

/** Eleventy with our configuration and the whole model as global data (every page rendered). */
export function createEleventy(model: SiteModel, output: string, onPage?: () => void): Eleventy {
  return newEleventy(
    templatesDir,
    output,
    { site: model.site, archive: archiveData(model) },
    onPage,
  );
}
