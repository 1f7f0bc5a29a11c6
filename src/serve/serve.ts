// `npm start`: build once, serve the output with live reload, rebuild when a document, a
// template, a style or client code changes (src/serve/watch.ts).
// Problems with documents are shown in the terminal and over the page (src/serve/report.ts);
// the server outlives any rebuild that fails.
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { formatSummary, type BuildOptions } from '../build.ts';
import { buildInChild } from './build-process.ts';
import { bundleOverlay, DevServer } from './dev-server.ts';
import { rebuildQueue } from './rebuild-queue.ts';
import { createReporter } from './report.ts';
import { serveTargets, watchFolders } from './watch.ts';
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

export async function serveSite(options: ServeOptions): Promise<void> {
  const config = await loadSiteConfig(options.configPath);
  const reporter = createReporter(options.input);
  const print = (lines: string[]): void => {
    for (const line of lines) process.stderr.write(`${line}\n`);
  };
  const build = async (): Promise<void> => {
    const summary = await buildInChild({ ...options, quiet: true });
    print(reporter.built(summary.diagnosticList));
    process.stdout.write(`${formatSummary(summary)}\n`);
  };
  await build();

  const server = new DevServer(options.output, {
    host: options.host,
    pathPrefix: config.pathPrefix,
    problems: () => reporter.problems(),
    overlayScript: await bundleOverlay(),
  });
  const address = await listen(server, options.port);
  for (const url of servedUrls(options.host, address.port, config.pathPrefix))
    process.stdout.write(`Serving ${url}\n`);

  // The page reloads after every rebuild, failed ones too, so it shows the overlay or drops
  // it; the reporter knows the outcome before the page asks.
  const rebuild = async (): Promise<void> => {
    try {
      await build();
    } catch (error) {
      print(reporter.failed(error));
    }
    server.reload({ files: [] });
  };
  const rebuilds = rebuildQueue(rebuild, (error) => print([`Reload failed: ${String(error)}`]));
  let timer: NodeJS.Timeout | undefined;
  watchFolders(
    serveTargets(options.input),
    () => {
      clearTimeout(timer);
      timer = setTimeout(() => rebuilds.request(), settle);
    },
    (dir, error) => print([`Stopped watching ${dir}: ${error.message}`]),
  );
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
