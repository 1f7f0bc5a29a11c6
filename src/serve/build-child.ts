// One serve build, in a process of its own (src/serve/build-process.ts starts it): receives the
// build options, answers with the summary or the error as the CLI would print it. With `keep`,
// a process whose build succeeded stays, holding the site's model, and answers quick updates of
// edited documents (src/serve/live-site.ts) until serve lets it go.
import { buildSite, type BuildOptions, type BuildSummary } from '../build.ts';
import { removeLeftoversOnSignals } from '../output/publish.ts';
import { describeError } from '../user-error.ts';
import { LiveSite, type PatchAnswer } from './live-site.ts';
import { previewPages } from './preview.ts';

export interface ToBuild {
  options: BuildOptions;
  keep: boolean;
  /** Pages to render and publish first, from the new model (preview.ts). */
  preview: string[];
}

export type FromBuild =
  | { kind: 'preview'; pages: number }
  | { kind: 'built'; summary: BuildSummary }
  | { kind: 'failed'; message: string }
  | { kind: 'patch'; id: number; answer: PatchAnswer };

/**
 * A quick update: the edited documents, relative to the input folder, whose own pages are
 * written; or, with `finish`, the pages that show their cards.
 */
export type ToLive = { id: number; names: string[] } | { id: number; finish: true };

removeLeftoversOnSignals();

process.once('message', ({ options, keep, preview }: ToBuild) => {
  let live: LiveSite | null = null;
  const shown = (pages: number): void => answer({ kind: 'preview', pages }, false);
  buildSite(
    options,
    (site) => (live = new LiveSite(site, options.input, options.cacheDir)),
    preview.length > 0 ? previewPages(options.output, preview, shown) : undefined,
  ).then(
    (summary) => {
      if (keep && live) serveUpdates(live);
      answer({ kind: 'built', summary }, !(keep && live));
    },
    (error: unknown) => answer({ kind: 'failed', message: describeError(error) }, true),
  );
});

function answer(message: FromBuild, last: boolean): void {
  process.send?.(message, () => {
    if (last) process.disconnect();
  });
}

/** One update at a time, in the order asked; the process ends when serve disconnects. */
function serveUpdates(live: LiveSite): void {
  let queue = Promise.resolve();
  process.on('message', (message: ToLive) => {
    queue = queue.then(async () => {
      const reply = await ('finish' in message ? live.finish() : live.patch(message.names)).catch(
        (error: unknown): PatchAnswer => ({ kind: 'full', reason: describeError(error) }),
      );
      answer({ kind: 'patch', id: message.id, answer: reply }, false);
    });
  });
  process.once('disconnect', () => process.exit(0));
}
