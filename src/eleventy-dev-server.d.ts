// @11ty/eleventy-dev-server ships no types; these are the parts src/serve/ uses. The methods
// below the options are the ones src/serve/dev-server.ts overrides (checked against 2.1.2).
declare module '@11ty/eleventy-dev-server' {
  import type { IncomingMessage, Server, ServerResponse } from 'node:http';

  interface DevServerOptions {
    pathPrefix?: string;
    domDiff?: boolean;
    /** Returns the line printed once the server listens, or false for none. */
    messageOnStart?: () => string | false;
  }
  export default class EleventyDevServer {
    constructor(name: string, dir: string, options?: DevServerOptions);
    /** The http.Server, created on first use with onRequestHandler as its request listener. */
    get server(): Server;
    serve(port: number): void;
    /** Resolves when the server listens. */
    ready(): Promise<void>;
    reload(event?: { files?: string[] }): void;
    close(): Promise<void>;
    onRequestHandler(req: IncomingMessage, res: ServerResponse): Promise<void>;
    augmentContentWithNotifier(content: string, inlineContents?: boolean, options?: object): string;
    _serverListen(port: number): void;
  }
}
