// `npm start`: build once, serve the output with live reload, rebuild when a document changes.
import { watch } from 'node:fs';
import EleventyDevServer from '@11ty/eleventy-dev-server';
import { buildSite, formatSummary, type BuildOptions } from './build.ts';
import { loadSiteConfig } from './site/config.ts';

export interface ServeOptions extends Pick<BuildOptions, 'force' | 'followLinks'> {
  input: string;
  output: string;
  configPath?: string;
  cacheDir?: string;
  port: number;
}

/** Rebuilds wait this long after the last change, so a save that touches several files builds once. */
const settle = 100;

export async function serveSite(options: ServeOptions): Promise<void> {
  const config = await loadSiteConfig(options.configPath);
  const build = async (): Promise<void> => {
    const summary = await buildSite({ ...options, quiet: true });
    process.stdout.write(`${formatSummary(summary)}\n`);
  };
  await build();

  const server = EleventyDevServer.getServer('plan-archive', options.output, {
    pathPrefix: config.pathPrefix,
    domDiff: false,
  });
  server.serve(options.port);

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  watch(options.input, { recursive: true }, (_event, name) => {
    if (name && !String(name).endsWith('.md')) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running
        .then(build)
        .then(() => server.reload({ files: [] }))
        .catch((error: unknown) => {
          process.stderr.write(`plan-archive: rebuild failed: ${String(error)}\n`);
        });
    }, settle);
  });
}
