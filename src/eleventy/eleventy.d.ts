// The part of Eleventy 3's API this project uses: Eleventy ships JSDoc, not declarations.
declare module '@11ty/eleventy' {
  export interface UserConfig {
    addFilter(name: string, fn: (...args: never[]) => unknown): void;
    addTransform(name: string, fn: (content: string) => string): void;
    addGlobalData(name: string, data: unknown): void;
    addPlugin(plugin: (config: UserConfig) => void): void;
    /** Source (relative to the working directory) → target in the output. */
    addPassthroughCopy(copies: Record<string, string>): void;
    setIncludesDirectory(dir: string): void;
    setTemplateFormats(formats: string[]): void;
    setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
    setQuietMode(quiet: boolean): void;
    setUseGitIgnore(enabled: boolean): void;
    /** Globs (relative to the working directory) of input files that are not templates. */
    ignores: Set<string>;
    /** Timings of the configured filters and transforms; verbose ones warn when they are slow. */
    benchmarks: { config: { setIsVerbose(verbose: boolean): void } };
  }

  export interface EleventyOptions {
    configPath?: string | false;
    pathPrefix?: string;
    quietMode?: boolean;
    config?: (config: UserConfig) => void;
  }

  /** One file a template wrote; `outputPath` is false for a page with `permalink: false`. */
  export interface WrittenTemplate {
    url: string | false;
    outputPath: string | false;
  }

  export default class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions);
    /** Resolves to the passthrough copies and the templates written. */
    write(): Promise<[unknown, WrittenTemplate[]]>;
    disableLogger(): void;
  }
}
