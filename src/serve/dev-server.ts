// @11ty/eleventy-dev-server (live reload) with what `serve` adds in front of it: it listens on
// the host given (the dev server itself always listens on every interface), refuses hostile
// URLs before the dev server sees them, turns any error the dev server still throws into a 500
// instead of an unhandled rejection that ends the process, and serves the error overlay.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import EleventyDevServer from '@11ty/eleventy-dev-server';
import { build } from 'esbuild';
import { guardRequest, isLoopback } from './request-guard.ts';
import { problemsUrl, type Problems, type ProblemsAnswer } from '../common/problems.ts';

/** Beside the dev server's own reload client, in the folder it reserves for injected scripts. */
const overlayScriptUrl = '/.11ty/plan-archive-overlay.js';

export interface DevServerOptions {
  /** The address to listen on: 127.0.0.1, or another given with --host. */
  host: string;
  pathPrefix: string;
  /** What the overlay shows, read on every request for it. */
  problems: () => Problems;
  /** The overlay's browser code (bundleOverlay). */
  overlayScript: string;
}

/** src/client/overlay.ts as one browser script. */
export async function bundleOverlay(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../client/overlay.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    minify: true,
    target: ['es2020'],
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

function answer(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, {
    'content-type': `${type}; charset=utf-8`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}

/** How many of the pages opened last a rebuild shows first (recentPages). */
const recentLimit = 8;

export class DevServer extends EleventyDevServer {
  readonly #options: DevServerOptions;
  readonly #loopbackOnly: boolean;
  /** Paths (without the prefix) of the pages opened last, the latest last. */
  readonly #recent = new Set<string>();
  /** Reloads sent so far: a page learns from it whether it missed one while it loaded. */
  #reloads = 0;

  constructor(dir: string, options: DevServerOptions) {
    super('plan-archive', dir, {
      pathPrefix: options.pathPrefix,
      domDiff: false,
      messageOnStart: () => false,
    });
    this.#options = options;
    this.#loopbackOnly = isLoopback(options.host);
  }

  /** Also used by the dev server when it retries the next port, so a retry keeps the host. */
  override _serverListen(port: number): void {
    this.server.listen({ port, host: this.#options.host });
  }

  override async onRequestHandler(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const refusal = guardRequest(req.url, req.headers.host, this.#loopbackOnly);
    if (refusal) return answer(res, refusal.status, 'text/plain', `${refusal.message}\n`);
    const path = req.url!.split('?', 1)[0];
    if (path === overlayScriptUrl)
      return answer(res, 200, 'text/javascript', this.#options.overlayScript);
    if (path === problemsUrl) {
      const body: ProblemsAnswer = { ...this.#options.problems(), reloads: this.#reloads };
      return answer(res, 200, 'application/json', JSON.stringify(body));
    }
    if (req.method === 'GET') this.#noteOpened(req.url!);
    try {
      await super.onRequestHandler(req, res);
    } catch (error) {
      process.stderr.write(`plan-archive: ${req.url}: ${String(error)}\n`);
      if (res.headersSent) res.destroy();
      else answer(res, 500, 'text/plain', 'The dev server failed on this URL; see the terminal.\n');
    }
  }

  /**
   * Tells every open page to reload. A page that was loading then has no socket open yet and
   * misses it; its overlay script compares the count it was served with (see below) to catch up.
   */
  override reload(event?: { files?: string[] }): void {
    this.#reloads += 1;
    super.reload(event);
  }

  /** The pages browsers opened last (paths without the prefix, `/plans/x/`), the latest first. */
  recentPages(): string[] {
    return [...this.#recent].reverse();
  }

  /** A page is a path that ends in `/` (the site's pages are all `…/index.html`); guarded. */
  #noteOpened(url: string): void {
    const path = decodeURIComponent(url.split(/[?#]/, 1)[0]!);
    const { pathPrefix } = this.#options;
    if (!path.endsWith('/') || !path.startsWith(pathPrefix)) return;
    const page = `/${path.slice(pathPrefix.length)}`;
    this.#recent.delete(page);
    this.#recent.add(page);
    if (this.#recent.size > recentLimit) this.#recent.delete(this.#recent.values().next().value!);
  }

  override augmentContentWithNotifier(
    content: string,
    inlineContents?: boolean,
    options?: object,
  ): string {
    const withOverlay = content.includes('</head>')
      ? content.replace(
          '</head>',
          `<script type="module" src="${overlayScriptUrl}?reloads=${this.#reloads}"></script></head>`,
        )
      : content;
    return super.augmentContentWithNotifier(withOverlay, inlineContents, options);
  }
}
