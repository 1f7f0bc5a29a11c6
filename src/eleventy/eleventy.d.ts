// The part of Eleventy 3's API this project uses: Eleventy ships JSDoc, not declarations.
declare module '@11ty/eleventy' {
  export interface NunjucksEnvironment {
    loaders: { searchPaths?: string[] }[];
  }

  export interface UserConfig {
    addFilter(name: string, fn: (...args: never[]) => unknown): void;
    addTransform(name: string, fn: (content: string) => string): void;
    addShortcode(name: string, fn: (...args: never[]) => string): void;
    addGlobalData(name: string, data: unknown): void;
    addPlugin(plugin: (config: UserConfig) => void | Promise<void>): void;
    addPassthroughCopy(paths: string | Record<string, string>): void;
    setIncludesDirectory(dir: string): void;
    setLayoutsDirectory(dir: string): void;
    setTemplateFormats(formats: string[]): void;
    setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
    setQuietMode(quiet: boolean): void;
    setUseGitIgnore(enabled: boolean): void;
    setServerOptions(options: Record<string, unknown>): void;
    addWatchTarget(target: string): void;
    on(event: 'eleventy.engine.njk', fn: (arg: { environment: NunjucksEnvironment }) => void): void;
    on(event: string, fn: (...args: never[]) => unknown): void;
    ignores: { add(glob: string): void };
    dir?: { input?: string };
  }

  export interface EleventyOptions {
    configPath?: string | false;
    pathPrefix?: string;
    quietMode?: boolean;
    runMode?: 'build' | 'serve' | 'watch';
    config?: (config: UserConfig) => void | Promise<void>;
  }

  export default class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    init(): Promise<void>;
    watch(): Promise<void>;
    serve(port?: number): Promise<void>;
    stopWatch(): Promise<void>;
    restart(): Promise<void>;
    setIsVerbose(verbose: boolean): void;
    disableLogger(): void;
    eleventyServe: {
      reload(options?: Record<string, unknown>): Promise<void>;
      close(): Promise<void>;
    };
  }
}
