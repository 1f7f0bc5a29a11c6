// `npm start`: build once, serve the output with live reload, rebuild when a document, a
// template, a style or client code changes (src/serve/watch.ts).
// Problems with documents are shown in the terminal and over the page (src/serve/report.ts);
// the server outlives any rebuild that fails.
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { formatSummary, type BuildOptions } from '../build.ts';
import { plural } from '../common/plural.ts';
import { buildInChild, type BuildProcess } from './build-process.ts';
import type { PatchAnswer } from './live-site.ts';
import { bundleOverlay, DevServer } from './dev-server.ts';
import { rebuildQueue } from './rebuild-queue.ts';
import { createReporter } from './report.ts';
import { serveTargets, watchFolders, type WatchTarget } from './watch.ts';
import { loadSiteConfig } from '../site/config.ts';

export interface ServeOptions extends Pick<BuildOptions, 'force' | 'followLinks'> {
  input: string;
  output: string;
  configPath?: string;
  cacheDir?: string;
  /** 0 picks a free port. */
  port: number;
  /** Where to listen: 127.0.0.1 (this machine only) unless the user asks for more. */
  host: string;
}

/** Rebuilds wait this long after the last change, so a save that touches several files builds once. */
const settle = 100;
/**
 * A quick update that takes longer has met a document that stalls the parser (whose time limit
 * only the full build's worker threads enforce); generous, since a busy machine is slow too.
 */
const patchTimeout = 60_000;

export async function serveSite(options: ServeOptions): Promise<void> {
  const config = await loadSiteConfig(options.configPath);
  const reporter = createReporter(options.input);
  const print = (lines: string[]): void => {
    for (const line of lines) process.stderr.write(`${line}\n`);
  };
  /** The process of the last build that succeeded: it holds the served site's model. */
  let live: BuildProcess | null = null;
  /** The full build in progress, and those stopped because a newer change came. */
  let running: BuildProcess | null = null;
  const stopped = new WeakSet<BuildProcess>();
  /** Whether templates, styles or client code changed since the served site was built. */
  let sourcesEdited = false;
  /** False when a newer change stopped the build. */
  const build = async (preview?: Parameters<typeof buildInChild>[2]): Promise<boolean> => {
    const child = buildInChild({ ...options, quiet: true }, true, preview);
    running = child;
    try {
      const summary = await child.summary;
      sourcesEdited = false;
      live?.stop();
      live = child;
      print(reporter.built(summary.diagnosticList));
      process.stdout.write(`${formatSummary(summary)}\n`);
      return true;
    } catch (error) {
      if (stopped.has(child)) return false;
      throw error;
    } finally {
      if (running === child) running = null;
    }
  };
  // Watched from before the first build, so a document saved while it runs is built too.
  const changes = changeBatch((names, sources) => void onChanges(names, sources));
  const stopWatching = await watchFolders(
    serveTargets(options.input),
    [options.output, ...(options.cacheDir ? [options.cacheDir] : [])],
    changes.add,
    (dir, error) => print([`Stopped watching ${dir}: ${error.message}`]),
  );
  let server: DevServer;
  let address: AddressInfo;
  try {
    await build();
    server = new DevServer(options.output, {
      host: options.host,
      pathPrefix: config.pathPrefix,
      problems: () => reporter.problems(),
      overlayScript: await bundleOverlay(),
    });
    address = await listen(server, options.port);
  } catch (error) {
    // Nothing to serve: the watchers must not keep the process alive.
    await stopWatching();
    throw error;
  }
  for (const url of servedUrls(options.host, address.port, config.pathPrefix))
    process.stdout.write(`Serving ${url}\n`);

  // The page reloads after every rebuild, failed ones too, so it shows the overlay or drops
  // it; the reporter knows the outcome before the page asks. A build stopped for a newer
  // change says nothing: the build after it does.
  const rebuild = async (): Promise<void> => {
    const started = performance.now();
    // Every page changes: the pages browsers have open are shown first (src/serve/preview.ts).
    const preview = sourcesEdited && {
      urls: server.recentPages(),
      shown: (pages: number): void => {
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        process.stdout.write(
          `Updated ${plural(pages, 'open page')} in ${seconds} s; rebuilding the rest.\n`,
        );
        server.reload({ files: [] });
      },
    };
    try {
      if (!(await build(preview || undefined))) return;
    } catch (error) {
      print(reporter.failed(error));
    }
    server.reload({ files: [] });
  };
  const rebuilds = rebuildQueue(rebuild, (error) => print([`Reload failed: ${String(error)}`]));

  // Edited documents: their own pages first, then the pages that show their cards
  // (src/serve/live-site.ts), then the full build.
  const quickUpdate = async (child: BuildProcess, names: string[]): Promise<void> => {
    let started = performance.now();
    const own = await withinLimit(child, child.patch(names));
    // Said, so a user who waits for the full build knows why ("rain.md: it has errors now").
    if (own?.kind === 'full') process.stdout.write(`Not updated at once (${own.reason}).\n`);
    if (own?.kind !== 'patched') return;
    print(reporter.built(own.diagnostics));
    const then = own.pending === 0 ? '; rebuilding the rest' : '';
    process.stdout.write(
      `Updated ${plural(own.pages, 'edited page')} ${took(started, own.cpuSeconds)}${then}.\n`,
    );
    server.reload({ files: [] });
    if (own.pending === 0) return;
    started = performance.now();
    const rest = await withinLimit(child, child.finish());
    if (rest?.kind !== 'patched') return;
    process.stdout.write(
      `Updated ${plural(rest.pages, 'page')} that show them ${took(started, rest.cpuSeconds)}; rebuilding the rest.\n`,
    );
    server.reload({ files: [] });
  };
  /** The answer, or null when the process took too long and was stopped. */
  const withinLimit = async (
    child: BuildProcess,
    asked: Promise<PatchAnswer>,
  ): Promise<PatchAnswer | null> => {
    const answer = await Promise.race([
      asked,
      new Promise<null>((wake) => setTimeout(() => wake(null), patchTimeout).unref()),
    ]);
    if (answer === null) {
      // A document that stalls the parser: the full build's parse has a time limit.
      child.stop();
      if (live === child) live = null;
    }
    return answer;
  };
  const onChanges = async (names: string[], sources: boolean): Promise<void> => {
    // A build in progress may have read the files before they changed: the next one replaces it.
    if (running) {
      stopped.add(running);
      running.stop();
    }
    // Templates, styles or client code changed: the live process renders with the old ones.
    if (sources) {
      sourcesEdited = true;
      live?.stop();
      live = null;
    } else if (live && names.length > 0) await quickUpdate(live, names);
    rebuilds.request();
  };

  changes.start();
}

/** "in 0.41 s (0.30 CPU-s)": the wall time since `started`, and the build process's CPU time. */
function took(started: number, cpuSeconds: number): string {
  const seconds = (performance.now() - started) / 1000;
  return `in ${seconds.toFixed(2)} s (${cpuSeconds.toFixed(2)} CPU-s)`;
}

/**
 * Collects changes until they settle (an editor's save may touch several files), then hands
 * them over at once: the edited documents, and whether the site's sources changed. Nothing is
 * handed over before `start`; what came earlier is handed over then.
 */
function changeBatch(onSettled: (documents: string[], sources: boolean) => void) {
  let documents = new Set<string>();
  let sources = false;
  let started = false;
  let timer: NodeJS.Timeout | undefined;
  const settled = (): void => {
    const names = [...documents];
    const rebuildAll = sources;
    documents = new Set();
    sources = false;
    onSettled(names, rebuildAll);
  };
  const schedule = (): void => {
    clearTimeout(timer);
    if (started) timer = setTimeout(settled, settle);
  };
  return {
    add: (kind: WatchTarget['kind'], name: string): void => {
      if (kind === 'document') documents.add(name);
      else sources = true;
      schedule();
    },
    start: (): void => {
      started = true;
      if (documents.size > 0 || sources) schedule();
    },
  };
}

/** Listen, or reject with a message that says what to change (the dev server only logs). */
async function listen(server: DevServer, port: number): Promise<AddressInfo> {
  let onError = (_error: NodeJS.ErrnoException): void => {};
  const failed = new Promise<never>((_, reject) => {
    onError = (error) => {
      // The dev server retries the next port itself when this one is taken.
      if (error.code !== 'EADDRINUSE')
        reject(new Error(`cannot listen: ${error.message}. Check --host and --port.`));
    };
  });
  server.server.on('error', onError);
  server.serve(port);
  await Promise.race([server.ready(), failed]);
  server.server.off('error', onError);
  return server.server.address() as AddressInfo;
}

/** The URLs a browser can open: each address of this machine when the host is a wildcard. */
function servedUrls(host: string, port: number, pathPrefix: string): string[] {
  const hosts =
    host === '0.0.0.0' || host === '::'
      ? ['127.0.0.1', ...networkAddresses(host === '::')]
      : [host];
  return hosts.map((h) => `http://${h.includes(':') ? `[${h}]` : h}:${port}${pathPrefix}`);
}

/** Addresses other machines may reach; IPv6 link-local ones need a zone and are left out. */
function networkAddresses(withIPv6: boolean): string[] {
  return Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .filter(
      (a) => !a.internal && (a.family === 'IPv4' || (withIPv6 && !a.address.startsWith('fe80:'))),
    )
    .map((a) => a.address);
}
