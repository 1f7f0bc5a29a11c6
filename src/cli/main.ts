// plan-archive: check | records | build | serve | schema
import { parseArgs } from 'node:util';
import { loadFolder } from '../load/folder.ts';
import { formatDiagnostic, formatSummary, summarise } from './check.ts';
import { removeLeftoversOnSignals } from '../output/publish.ts';
import { learningPlanJsonSchema } from '../record/schema.ts';
import { describeError } from '../user-error.ts';

const usage = `Usage: plan-archive <command> [options]

Commands:
  check DIR [--format json] [--strict]   Report diagnostics for every document in DIR
  records DIR                            Print one JSON record per line (NDJSON), in file-name order
  build --input DIR --output DIR [--config FILE] [--force]
                                         Build the static site
  serve --input DIR [--output DIR] [--config FILE] [--port N] [--host ADDRESS] [--force]
                                         Build, serve at http://127.0.0.1:8080/ with live reload,
                                         rebuild on change (--host 0.0.0.0 serves every network,
                                         --port 0 any free port)
  schema                                 Print the JSON Schema of a record

Options:
  --cache DIR     Parse cache folder (default .cache/parse; --no-cache to disable)
  --force         Empty an output folder that holds files the build did not write
  --follow-links  Read symbolic links to files inside the input folder (never outside it)
  --help          Show this help`;

const defaultCache = '.cache/parse';

function fail(message: string): never {
  process.stderr.write(`plan-archive: ${message}\n\n${usage}\n`);
  process.exit(2);
}

function portNumber(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535)
    fail(`--port must be a number from 0 to 65535 (0 picks a free port), not "${value}"`);
  return port;
}

/** This machine only, unless the user names an address. */
function hostAddress(value: string | undefined): string {
  if (value === undefined) return '127.0.0.1';
  // An empty host would make Node listen on every interface.
  if (value.trim() === '') fail('--host needs an address, such as 127.0.0.1 or 0.0.0.0');
  return value.trim();
}

function parse(argv: string[]): ReturnType<typeof parseOptions> {
  try {
    return parseOptions(argv);
  } catch (error) {
    // Node's message ends with advice about "--" that does not apply here: keep its first sentence.
    fail(`${(error as Error).message.split('. ')[0] ?? String(error)}.`);
  }
}

function parseOptions(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      strict: { type: 'boolean', default: false },
      input: { type: 'string' },
      output: { type: 'string' },
      config: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      cache: { type: 'string' },
      'no-cache': { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      'follow-links': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv);
  const [command, dirArgument] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${usage}\n`);
    return command || values.help ? 0 : 2;
  }
  const cacheDir = values['no-cache'] ? undefined : (values.cache ?? defaultCache);
  const followLinks = values['follow-links'];

  switch (command) {
    case 'check': {
      const dir =
        dirArgument ?? values.input ?? fail('check needs a folder: plan-archive check content');
      if (values.format && values.format !== 'json' && values.format !== 'text')
        fail(`unknown --format "${values.format}": use json or text`);
      const result = await loadFolder(dir, { cacheDir, followLinks });
      const summary = summarise(result);
      if (values.format === 'json') {
        process.stdout.write(
          `${JSON.stringify({ diagnostics: result.diagnostics, summary }, null, 2)}\n`,
        );
      } else {
        for (const d of result.diagnostics) process.stdout.write(`${formatDiagnostic(d)}\n`);
        process.stdout.write(`${formatSummary(summary)}\n`);
      }
      return values.strict && summary.errors > 0 ? 1 : 0;
    }
    case 'records': {
      const dir =
        dirArgument ?? values.input ?? fail('records needs a folder: plan-archive records content');
      const result = await loadFolder(dir, { cacheDir, followLinks });
      for (const record of result.records) process.stdout.write(`${JSON.stringify(record)}\n`);
      for (const d of result.diagnostics)
        if (d.severity === 'error') process.stderr.write(`${formatDiagnostic(d)}\n`);
      return 0;
    }
    case 'build': {
      const input = values.input ?? dirArgument ?? fail('build needs --input DIR');
      const output = values.output ?? fail('build needs --output DIR');
      const { buildSite, formatSummary: formatBuild } = await import('../build.ts');
      const summary = await buildSite({
        input,
        output,
        configPath: values.config,
        cacheDir,
        quiet: values.quiet,
        force: values.force,
        followLinks,
      });
      process.stdout.write(`${formatBuild(summary)}\n`);
      const { defaultBaseUrl } = await import('../site/config.ts');
      if (summary.baseUrl === defaultBaseUrl)
        process.stderr.write(
          `note: canonical links, Open Graph tags and the sitemap point to ${defaultBaseUrl}. ` +
            'Before publishing, set "baseUrl" (such as "https://example.org") in a --config file.\n',
        );
      return 0;
    }
    case 'serve': {
      const input = values.input ?? dirArgument ?? fail('serve needs --input DIR');
      const { serveSite } = await import('../serve/serve.ts');
      await serveSite({
        input,
        output: values.output ?? '_site',
        configPath: values.config,
        cacheDir,
        port: values.port === undefined ? 8080 : portNumber(values.port),
        host: hostAddress(values.host),
        force: values.force,
        followLinks,
      });
      return 0;
    }
    case 'schema':
      process.stdout.write(`${JSON.stringify(learningPlanJsonSchema(), null, 2)}\n`);
      return 0;
    default:
      fail(`unknown command "${command}"`);
  }
}

removeLeftoversOnSignals();

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`plan-archive: ${describeError(error)}\n`);
    process.exitCode = 1;
  },
);
