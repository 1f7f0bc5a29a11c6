// Build benchmark: the whole shared corpus with our build (cold, then with the parse cache
// warm) and with plain Eleventy (the markdown files, one trivial layout, no facets) as the
// baseline. Each build runs in its own child process so times and peak RSS are its own.
// Timings on this shared machine drift by half from minute to minute, so the three builds run
// side by side in several rounds and each ratio is taken within its round; the median is reported.
// Beside the in-process figures, each round times the real command (`plan-archive build` in a
// child process, wall clock from start to exit: what a user waits for), prints where our build's
// time goes (wall and CPU seconds a phase, files written), and the bare parse of
// bench/bare-parse.ts, so that cold ≤ bare parse + warm can be checked. A third build of ours in
// each round rebuilds after one document was edited: the warm target is the rebuild with nothing
// changed, and this shows what an edit costs beside it.
// Run: tsx bench/build.ts [corpusDir]   (BENCH_ROUNDS=n for more or fewer rounds; default 3)
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'tinyglobby';
import { median } from './stats.ts';
import { runCliBuild, type CliRun } from './cli-run.ts';
import { main as bareParse } from './bare-parse.ts';
import type { Phase } from '../src/build-phases.ts';

const repo = fileURLToPath(new URL('../', import.meta.url));
export const defaultCorpus = resolve(repo, '../shared/corpus/sdg-commons');

export interface Measure {
  seconds: number;
  /** User plus system CPU time of every thread of the process. */
  cpuSeconds: number;
  peakRssMb: number;
  pages: number;
  /** Our build only: its phases, files in the site, the side worker's wall and busy seconds. */
  phases?: Phase[];
  files?: number;
  /** Of the files, those linked unchanged from the previous output instead of written. */
  linked?: number;
  /** HTML pages Eleventy rendered (the others linked with their render key unchanged). */
  rendered?: number;
  side?: { seconds: number; busySeconds: number };
  /** Our build only: the output was left in place (the site came out the same, file for file). */
  kept?: boolean;
}

/**
 * Run this file in a child process in one of its measuring modes; it prints one JSON line.
 * Dirty pages are flushed first: otherwise a build pays for writing out the files of the build
 * before it (a site is ≈ 200 MB), and which build that hits depends only on the order.
 */
function child(args: string[]): Promise<Measure> {
  execFileSync('sync');
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

function usage(): Pick<Measure, 'cpuSeconds' | 'peakRssMb'> {
  const u = process.resourceUsage();
  return {
    cpuSeconds: (u.userCPUTime + u.systemCPUTime) / 1e6,
    peakRssMb: Math.round(u.maxRSS / 1024),
  };
}

/** The output's manifest file, which every build that replaces the output writes anew. */
function manifestInode(output: string): number | null {
  try {
    return statSync(join(output, '.plan-archive-manifest.json')).ino;
  } catch {
    return null;
  }
}

async function measureOurs(input: string, output: string, cacheDir: string): Promise<Measure> {
  const { buildSite } = await import('../src/build.ts');
  const manifest = manifestInode(output);
  const started = performance.now();
  const summary = await buildSite({ input, output, cacheDir, quiet: true });
  const seconds = (performance.now() - started) / 1000;
  const kept = manifest !== null && manifestInode(output) === manifest;
  const { phases, files, side } = summary;
  // Read so: a build from before the output reuse has no `linked`, nor `rendered`.
  const { linked, rendered } = summary as { linked?: number; rendered?: number };
  const pages = await countHtml(output);
  return { seconds, ...usage(), pages, phases, files, linked, rendered, side, kept };
}

async function measurePlain(input: string, output: string): Promise<Measure> {
  const { default: Eleventy } = await import('@11ty/eleventy');
  const started = performance.now();
  const eleventy = new Eleventy(input, output, { configPath: false, quietMode: true });
  eleventy.disableLogger();
  await eleventy.write();
  const seconds = (performance.now() - started) / 1000;
  return { seconds, ...usage(), pages: await countHtml(output) };
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

export interface BuildRound {
  plain: Measure;
  cold: Measure;
  warm: Measure;
  /** A rebuild after one document was edited (a sentence added to its last answer). */
  edited: Measure;
  /** The same cold and warm builds through the CLI in a child process, wall clock. */
  cliCold: CliRun;
  cliWarm: CliRun;
}

export interface BuildBench {
  rounds: BuildRound[];
  /** Medians over the rounds of each build's seconds and of the ratios within a round. */
  plainSeconds: number;
  coldSeconds: number;
  warmSeconds: number;
  coldRatio: number;
  warmRatio: number;
  cliColdSeconds: number;
  cliWarmSeconds: number;
  cliWarmRatio: number;
  bareParseSeconds: number;
  peakRssMb: number;
}

const s1 = (x: number): string => x.toFixed(1);
const x2 = (x: number): string => `${x.toFixed(2)}x`;

function cliRow(name: string, run: CliRun, plain: Measure): string {
  const failed = run.code === 0 ? '' : `  FAILED: ${run.error ?? ''}`;
  return (
    `  ${name.padEnd(9)} ${s1(run.seconds).padStart(5)} s (CPU ${s1(run.cpuSeconds).padStart(5)} s)` +
    `  ${String(run.peakRssMb).padStart(5)} MB peak RSS  ${x2(run.seconds / plain.seconds).padStart(6)}${failed}`
  );
}

/** Where a build of ours spent its time, and what it wrote. */
function phaseRows(m: Measure): string[] {
  const lines = (m.phases ?? []).map(
    (p) =>
      `      ${p.name.padEnd(22)} ${s1(p.seconds).padStart(5)} s wall, ${s1(p.cpuSeconds).padStart(5)} s CPU`,
  );
  if (m.side)
    lines.push(
      `      side-files worker      ${s1(m.side.seconds).padStart(5)} s wall, ${s1(m.side.busySeconds).padStart(5)} s busy (within pages)`,
    );
  if (m.files !== undefined) {
    const linked = m.linked ?? 0;
    lines.push(
      `      files written          ${(m.files - linked).toLocaleString('en')}, linked unchanged ${linked.toLocaleString('en')}`,
    );
  }
  if (m.rendered !== undefined)
    lines.push(
      `      pages rendered         ${m.rendered.toLocaleString('en')} of ${m.pages.toLocaleString('en')}`,
    );
  if (m.kept) lines.push('      output left in place (the same site, file for file)');
  return lines;
}

function row(name: string, m: Measure, plain?: Measure): string {
  const ratio = plain ? `  ${x2(m.seconds / plain.seconds).padStart(6)}` : '';
  return (
    `  ${name.padEnd(6)} ${s1(m.seconds).padStart(5)} s (CPU ${s1(m.cpuSeconds).padStart(5)} s)` +
    `  ${String(m.pages).padStart(5)} pages  ${String(m.peakRssMb).padStart(5)} MB peak RSS${ratio}`
  );
}

export async function main(corpus = defaultCorpus): Promise<BuildBench | null> {
  if (!existsSync(corpus)) {
    console.log(`build bench skipped: no corpus at ${corpus}`);
    return null;
  }
  const count = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
  const root = await mkdtemp(join(tmpdir(), 'plan-archive-bench-'));
  try {
    const plainInput = join(root, 'plain-input');
    await preparePlain(corpus, plainInput);
    // A copy, so that one document can be edited for the third build of each round.
    const source = corpus;
    corpus = join(root, 'corpus');
    await cp(source, corpus, { recursive: true });
    const editedFile = join(
      corpus,
      (await readdir(corpus)).filter((f) => f.endsWith('.md')).sort()[0]!,
    );
    const original = await readFile(editedFile);
    console.log(`Build of ${source}, ${count} rounds of plain Eleventy, ours cold, ours warm`);
    const rounds: BuildRound[] = [];
    for (let n = 1; n <= count; n++) {
      const out = (name: string): string => join(root, `${name}-${n}`);
      const plain = await child(['plain', plainInput, out('plain-site')]);
      const cold = await child(['ours', corpus, out('site-cold'), out('cache')]);
      // A warm build is a rebuild: the same cache and the same output, nothing changed.
      const warm = await child(['ours', corpus, out('site-cold'), out('cache')]);
      await appendFile(editedFile, '\nA sentence added by the bench.\n');
      const edited = await child(['ours', corpus, out('site-cold'), out('cache')]);
      await writeFile(editedFile, original);
      const cliCold = await runCliBuild(corpus, out('cli-site'), out('cli-cache'));
      const cliWarm = await runCliBuild(corpus, out('cli-site'), out('cli-cache'));
      rounds.push({ plain, cold, warm, edited, cliCold, cliWarm });
      console.log(`round ${n}`);
      console.log(row('plain', plain));
      console.log(row('cold', cold, plain));
      for (const line of phaseRows(cold)) console.log(line);
      console.log(row('warm', warm, plain));
      for (const line of phaseRows(warm)) console.log(line);
      console.log(row('edited', edited, plain));
      for (const line of phaseRows(edited)) console.log(line);
      console.log(cliRow('CLI cold', cliCold, plain));
      console.log(cliRow('CLI warm', cliWarm, plain));
      await Promise.all(
        ['plain-site', 'site-cold', 'cache', 'cli-site', 'cli-cache'].map((name) =>
          rm(out(name), { recursive: true, force: true }),
        ),
      );
    }
    console.log('');
    const bare = bareParse(corpus, count);
    rounds.forEach((r, i) => {
      const bound = bare.bare.seconds + r.warm.seconds;
      console.log(
        `round ${i + 1}: warm / plain Eleventy ${x2(r.warm.seconds / r.plain.seconds)} (CPU ${x2(r.warm.cpuSeconds / r.plain.cpuSeconds)}); one document edited ${x2(r.edited.seconds / r.plain.seconds)} (CPU ${x2(r.edited.cpuSeconds / r.plain.cpuSeconds)}); cold / (bare parse + warm) ${x2(r.cold.seconds / bound)}; CLI warm / plain ${x2(r.cliWarm.seconds / r.plain.seconds)}`,
      );
    });
    const result: BuildBench = {
      rounds,
      plainSeconds: median(rounds.map((r) => r.plain.seconds)),
      coldSeconds: median(rounds.map((r) => r.cold.seconds)),
      warmSeconds: median(rounds.map((r) => r.warm.seconds)),
      coldRatio: median(rounds.map((r) => r.cold.seconds / r.plain.seconds)),
      warmRatio: median(rounds.map((r) => r.warm.seconds / r.plain.seconds)),
      cliColdSeconds: median(rounds.map((r) => r.cliCold.seconds)),
      cliWarmSeconds: median(rounds.map((r) => r.cliWarm.seconds)),
      cliWarmRatio: median(rounds.map((r) => r.cliWarm.seconds / r.plain.seconds)),
      bareParseSeconds: bare.bare.seconds,
      peakRssMb: Math.max(...rounds.flatMap((r) => [r.cold.peakRssMb, r.warm.peakRssMb])),
    };
    const verdict = (ok: boolean): string => (ok ? 'meets' : 'MISSES');
    console.log(`median of ${count} rounds:`);
    console.log(`  plain Eleventy      ${s1(result.plainSeconds)} s`);
    const bound = result.bareParseSeconds + result.warmSeconds;
    console.log(
      `  plan-archive, cold  ${s1(result.coldSeconds)} s = ${x2(result.coldRatio)}; bare parse + warm = ${s1(bound)} s (target cold ≤ that: ${verdict(result.coldSeconds <= bound)})`,
    );
    console.log(
      `  plan-archive, warm  ${s1(result.warmSeconds)} s = ${x2(result.warmRatio)} (target ≤ 1.0x: ${verdict(result.warmRatio <= 1)})`,
    );
    console.log(
      `  the CLI, cold/warm  ${s1(result.cliColdSeconds)} s / ${s1(result.cliWarmSeconds)} s, warm = ${x2(result.cliWarmRatio)} of plain Eleventy in-process (start-up and imports included)`,
    );
    console.log(
      `  peak RSS            ${result.peakRssMb} MB (target ≤ 1,536 MB: ${verdict(result.peakRssMb <= 1536)})`,
    );
    // What a cold build adds to a warm one: parsing every document, writing the parse cache and
    // building the search index afresh.
    const extra = median(rounds.map((r) => (r.cold.seconds - r.warm.seconds) / r.plain.seconds));
    console.log(`  cold minus warm     ${x2(extra)} (parse, parse cache, search index afresh)`);
    return result;
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
