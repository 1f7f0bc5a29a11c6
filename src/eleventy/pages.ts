// An Eleventy instance with our configuration and the site model as global data; and the pages
// of a large archive rendered by several instances in turn, a bounded number of pages each.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import Eleventy from '@11ty/eleventy';
import eleventyConfig from '../../.eleventy.ts';
import type { SiteModel } from '../site/pages/model.ts';
import { forgetEarlierLayouts } from './layout-cache.ts';
import { releaseWrittenPages } from './release-pages.ts';
import { urlPlugin } from './url.ts';

export type ArchiveData = Pick<
  SiteModel,
  'plans' | 'browse' | 'values' | 'valueThemes' | 'home' | 'about' | 'paths' | 'sitemaps'
>;

export function newEleventy(
  input: string,
  output: string,
  data: { site: SiteModel['site']; archive: ArchiveData },
  onPage?: () => void,
  /** Templates of `input` (`about.njk`) to leave out: their pages are not written. */
  skip: string[] = [],
  /** Copy the files of `public/`; a later instance of the same build has them already. */
  copies = true,
): Eleventy {
  forgetEarlierLayouts(input);
  return new Eleventy(input, output, {
    configPath: false,
    quietMode: true,
    pathPrefix: data.site.pathPrefix,
    config: (config) => {
      eleventyConfig(config);
      // Pages are written one at a time: Eleventy's default write mode is synchronous
      // (templateHandling.writeMode), so its file I/O is bounded without our limiter.
      config.setQuietMode(true);
      // Quiet mode comes too late for the benchmarks of filters and transforms, made with the
      // configuration: on a slow machine they printed "[11ty] Benchmark ..." lines to stderr.
      config.benchmarks.config.setIsVerbose(false);
      config.addPlugin(urlPlugin(data.site.pathPrefix));
      if (onPage) {
        // A transform runs once per written page: the cheapest hook for a progress count.
        config.addTransform('progress', (content: string) => {
          onPage();
          return content;
        });
      }
      // Ignores are read from the working directory, like passthrough sources.
      for (const name of skip) config.ignores.add(relative(process.cwd(), join(input, name)));
      // Not in Eleventy's types: the copies added so far (publicFilesPlugin's), by source.
      if (!copies) (config as unknown as { passthroughCopies: object }).passthroughCopies = {};
      config.addGlobalData('site', data.site);
      config.addGlobalData('archive', data.archive);
    },
  });
}

/**
 * Render and write the pages; returns how many HTML pages Eleventy wrote (the sitemap and
 * robots.txt are templates too, but not pages). Eleventy's own "Wrote N files" stays quiet.
 */
export async function writePages(eleventy: Eleventy): Promise<number> {
  eleventy.disableLogger();
  ignoreDanglingCopyErrors();
  releaseWrittenPages();
  const [, written] = await eleventy.write();
  return written.filter((w) => typeof w.outputPath === 'string' && w.outputPath.endsWith('.html'))
    .length;
}

/** The paginated kinds of page, and the template that prints each from its `view`. */
export const paginated = {
  plans: 'plan.njk',
  values: 'value.njk',
  browse: 'browse.njk',
  valueThemes: 'value-themes.njk',
} as const;

export type PageKind = keyof typeof paginated;

/**
 * Pages of the paginated kinds one Eleventy renders at most. Eleventy holds a copy of its
 * template's data for each page of a pagination until its build ends (about 4 kB a page);
 * above this the pages are shared among instances in turn. Above the whole shared corpus
 * (about 11,000 pages), so that renders in one, as before.
 */
export const pagesPerEleventy = 16_000;

/**
 * The archive data cut into parts of at most `size` paginated pages, kinds in a fixed order;
 * the first part also prints the other pages (home, about, sitemaps...), the others none.
 */
export function archiveParts(archive: ArchiveData, size = pagesPerEleventy): ArchiveData[] {
  const none = { plans: [], values: [], browse: [], valueThemes: [] };
  const rest = { paths: [], sitemaps: { files: [], index: [] } };
  const parts: ArchiveData[] = [{ ...archive, ...none }];
  let room = size;
  for (const kind of Object.keys(paginated) as PageKind[]) {
    const views: unknown[] = archive[kind];
    for (let from = 0; from < views.length;) {
      if (room === 0) {
        parts.push({ ...archive, ...none, ...rest });
        room = size;
      }
      const part = parts[parts.length - 1] as Record<PageKind, unknown[]>;
      const taken = views.slice(from, from + room);
      part[kind] = taken;
      from += taken.length;
      room -= taken.length;
    }
  }
  return parts;
}

/**
 * Render and write the pages of `data` with as many Eleventy instances, one after another, as
 * archiveParts makes; returns how many HTML pages they wrote. Parts after the first leave out
 * every template but the paginated ones, and the copies of `public/`.
 */
export async function writeArchivePages(
  input: string,
  output: string,
  data: { site: SiteModel['site']; archive: ArchiveData },
  onPage?: () => void,
  size = pagesPerEleventy,
): Promise<number> {
  const pageTemplates: readonly string[] = Object.values(paginated);
  const others = readdirSync(input).filter((n) => n.endsWith('.njk') && !pageTemplates.includes(n));
  let written = 0;
  for (const [i, archive] of archiveParts(data.archive, size).entries()) {
    const first = i === 0;
    const part = { site: data.site, archive };
    written += await writePages(
      newEleventy(input, output, part, onPage, first ? [] : others, first),
    );
  }
  return written;
}

/**
 * Eleventy 3.1 starts its passthrough copies, then waits for the templates before it attaches a
 * handler to them; if a template fails first (a full disk), it never does. A copy that fails
 * meanwhile was an unhandled rejection, and Node ended the process with a stack trace instead of
 * our one-line message. Such a copy error is not lost: `write()` rejects with it, or with the
 * template error that came first. Every other unhandled rejection is thrown as before.
 */
function ignoreDanglingCopyErrors(): void {
  if (process.listeners('unhandledRejection').includes(rethrowOthers)) return;
  process.on('unhandledRejection', rethrowOthers);
}

function rethrowOthers(reason: unknown): void {
  if (reason instanceof Error && reason.name === 'TemplatePassthroughManagerCopyError') return;
  throw reason;
}
