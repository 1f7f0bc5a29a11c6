// An Eleventy instance with our configuration and the site model as global data.
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
