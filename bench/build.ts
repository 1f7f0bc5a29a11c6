// Build benchmark: the whole shared corpus with our build (cold, then with the parse cache
// warm) and with plain Eleventy (the markdown files, one trivial layout, no facets) as the
// baseline. Each build runs in its own child process so times and peak RSS are its own.
// Run: tsx bench/build.ts [corpusDir]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'tinyglobby';

const repo = fileURLToPath(new URL('../', import.meta.url));
export const defaultCorpus = resolve(repo, '../shared/corpus/sdg-commons');

export interface Measure {
  seconds: number;
  peakRssMb: number;
  pages: number;
}

/** Run this file in a child process in one of its measuring modes; it prints one JSON line. */
function child(args: string[]): Promise<Measure> {
  return new Promise((done, fail) => {
    const proc = spawn(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(import.meta.url), ...args],
      {
        cwd: repo,
        stdio: ['ignore', 'pipe', 'inherit'],
        env: { ...process.env, CI: 'true' },
      },
    );
    let out = '';
    proc.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    proc.on('error', fail);
    proc.on('close', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0) return fail(new Error(`bench child ${args[0]} exited with ${code}: ${out}`));
      done(JSON.parse(line) as Measure);
    });
  });
}

async function countHtml(dir: string): Promise<number> {
  return (await glob('**/*.html', { cwd: dir })).length;
}

function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

async function measureOurs(input: string, output: string, cacheDir: string): Promise<Measure> {
  const { buildSite } = await import('../src/build.ts');
  const started = performance.now();
  await buildSite({ input, output, cacheDir, quiet: true });
  const seconds = (performance.now() - started) / 1000;
  return { seconds, peakRssMb: peakRssMb(), pages: await countHtml(output) };
}

async function measurePlain(input: string, output: string): Promise<Measure> {
  const { default: Eleventy } = await import('@11ty/eleventy');
  const started = performance.now();
  const eleventy = new Eleventy(input, output, { configPath: false, quietMode: true });
  eleventy.disableLogger();
  await eleventy.write();
  const seconds = (performance.now() - started) / 1000;
  return { seconds, peakRssMb: peakRssMb(), pages: await countHtml(output) };
}

/** The baseline's input: the documents as plain markdown pages with one trivial layout. */
async function preparePlain(corpus: string, dir: string): Promise<void> {
  await mkdir(join(dir, '_includes'), { recursive: true });
  for (const file of await readdir(corpus)) {
    if (file.endsWith('.md')) await cp(join(corpus, file), join(dir, file));
  }
  await writeFile(
    join(dir, '_includes', 'layout.njk'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title></head><body>{{ content | safe }}</body></html>\n',
  );
  await writeFile(
    join(dir, `${dir.split('/').pop()}.json`),
    JSON.stringify({ layout: 'layout.njk' }),
  );
}

export interface BuildBench {
  plain: Measure;
  cold: Measure;
  warm: Measure;
}

export async function main(corpus = defaultCorpus): Promise<BuildBench | null> {
  if (!existsSync(corpus)) {
    console.log(`build bench skipped: no corpus at ${corpus}`);
    return null;
  }
  const root = await mkdtemp(join(tmpdir(), 'plan-archive-bench-'));
  try {
    const plainInput = join(root, 'plain-input');
    await preparePlain(corpus, plainInput);
    const row = (name: string, m: Measure): string =>
      `${name.padEnd(22)} ${m.seconds.toFixed(1).padStart(6)} s  ${String(m.pages).padStart(6)} pages  ${String(m.peakRssMb).padStart(5)} MB peak RSS`;
    console.log(`Build of ${corpus}`);
    const plain = await child(['plain', plainInput, join(root, 'plain-site')]);
    console.log(row('plain Eleventy', plain));
    const cache = join(root, 'cache');
    const cold = await child(['ours', corpus, join(root, 'site-cold'), cache]);
    console.log(
      `${row('plan-archive, cold', cold)}  ${(cold.seconds / plain.seconds).toFixed(2)}x (target ≤ 2.5x)`,
    );
    const warm = await child(['ours', corpus, join(root, 'site-warm'), cache]);
    console.log(
      `${row('plan-archive, warm', warm)}  ${(warm.seconds / plain.seconds).toFixed(2)}x (target ≤ 1.2x)`,
    );
    return { plain, cold, warm };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

const [mode, ...rest] = process.argv.slice(2);
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (mode === 'ours') {
    const [input, output, cache] = rest as [string, string, string];
    console.log(JSON.stringify(await measureOurs(input, output, cache)));
  } else if (mode === 'plain') {
    const [input, output] = rest as [string, string];
    console.log(JSON.stringify(await measurePlain(input, output)));
  } else {
    await main(mode);
  }
}
