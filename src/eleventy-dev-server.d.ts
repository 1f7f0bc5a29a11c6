// @11ty/eleventy-dev-server ships no types; these are the parts serve.ts uses.
declare module '@11ty/eleventy-dev-server' {
  interface DevServerOptions {
    pathPrefix?: string;
    domDiff?: boolean;
    liveReload?: boolean;
  }
  export default class EleventyDevServer {
    static getServer(name: string, dir: string, options?: DevServerOptions): EleventyDevServer;
    serve(port: number): void;
    reload(event?: { files?: string[] }): void;
    close(): Promise<void>;
  }
}
