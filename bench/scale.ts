// Scale benchmark: the shared corpus copied k times (BENCH_SCALE=1,2,4,8; default 1,2,4) into a
// temporary folder outside the project, each copy's titles made unique, then built with the real
// command: cold (a fresh default cache) and warm (the same cache and output folder). Prints wall
// time, CPU time, peak RSS and the site's files and bytes per k, each figure's growth exponent
// over the runs, and what they extrapolate to at 100,000 documents.
// Run: tsx bench/scale.ts [corpusDir]   (an 8x run builds 51,000 documents: allow half an hour)
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultCorpus } from './build.ts';
import { runCliBuild, type CliRun } from './cli-run.ts';

interface Row {
  k: number;
  documents: number;
  cold: CliRun;
  warm: CliRun;
  files: number;
  megabytes: number;
}

/** Copy `c` of a document: its first level-1 heading (the title) gets " (copy c)". */
function copyOf(text: string, c: number): string {
  return c === 0 ? text : text.replace(/^# (.*)$/m, (_, title: string) => `# ${title} (copy ${c})`);
}

async function makeInput(corpus: string, k: number, dir: string): Promise<number> {
  const names = (await readdir(corpus)).filter((n) => n.endsWith('.md'));
  for (let c = 0; c < k; c++) await mkdir(join(dir, `copy-${c}`), { recursive: true });
  for (const name of names) {
    const text = await readFile(join(corpus, name), 'utf8');
    for (let c = 0; c < k; c++) await writeFile(join(dir, `copy-${c}`, name), copyOf(text, c));
  }
  return names.length * k;
}

async function siteSize(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}

/** Least-squares slope of log y against log x: y grows as x to this power. */
export function exponent(xs: number[], ys: number[]): number {
  const lx = xs.map(Math.log);
  const ly = ys.map(Math.log);
  const mx = lx.reduce((a, b) => a + b, 0) / lx.length;
  const my = ly.reduce((a, b) => a + b, 0) / ly.length;
  let num = 0;
  let den = 0;
  lx.forEach((x, i) => {
    num += (x - mx) * (ly[i]! - my);
    den += (x - mx) ** 2;
  });
  return den === 0 ? NaN : num / den;
}

const target = 100_000;
const f1 = (x: number): string => (Number.isFinite(x) ? x.toFixed(1) : '—');
const f2 = (x: number): string => (Number.isFinite(x) ? x.toFixed(2) : '—');

function describe(run: CliRun): string {
  const base = `${f1(run.seconds).padStart(6)} s  CPU ${f1(run.cpuSeconds).padStart(6)} s  ${String(run.peakRssMb).padStart(5)} MB`;
  return run.code === 0 ? base : `${base}  FAILED (exit ${run.code}): ${run.error ?? ''}`;
}

/** A figure's exponent over the runs that succeeded, and its value extrapolated to 100,000. */
function growth(name: string, rows: Row[], pick: (r: Row) => number, unit: string): void {
  const ok = rows.filter((r) => r.cold.code === 0 && r.warm.code === 0);
  if (ok.length < 2) return console.log(`  ${name}: needs two sizes built`);
  const xs = ok.map((r) => r.documents);
  const ys = ok.map(pick);
  const b = exponent(xs, ys);
  const last = ok[ok.length - 1]!;
  const power = pick(last) * (target / last.documents) ** b;
  // Linear beyond a fixed base: the slope between the smallest and largest run.
  const slope = (pick(last) - ys[0]!) / (last.documents - xs[0]!);
  const linear = pick(last) + slope * (target - last.documents);
  console.log(
    `  ${name.padEnd(22)} exponent ${f2(b)}; at ${target.toLocaleString('en')} documents ${f1(power)} ${unit} (power law), ${f1(linear)} ${unit} (linear from the base)`,
  );
}

export async function main(corpus = defaultCorpus): Promise<Row[] | null> {
  if (!existsSync(corpus)) {
    console.log(`scale bench skipped: no corpus at ${corpus}`);
    return null;
  }
  const ks = (process.env.BENCH_SCALE ?? '1,2,4').split(',').map(Number);
  const rows: Row[] = [];
  console.log(`Scale: ${corpus} copied ${ks.join(', ')} times; the CLI, cold then warm`);
  for (const k of ks) {
    const root = await mkdtemp(join(tmpdir(), `plan-archive-scale-${k}x-`));
    try {
      const input = join(root, 'input');
      const documents = await makeInput(corpus, k, input);
      const output = join(root, 'site');
      const cache = join(root, 'cache');
      const cold = await runCliBuild(input, output, cache);
      const warm =
        cold.code === 0
          ? await runCliBuild(input, output, cache)
          : { ...cold, error: 'not run: cold build failed' };
      const size = cold.code === 0 ? await siteSize(output) : { files: NaN, bytes: NaN };
      const row = { k, documents, cold, warm, files: size.files, megabytes: size.bytes / 1e6 };
      rows.push(row);
      console.log(`${k}x, ${documents.toLocaleString('en')} documents`);
      console.log(`  cold ${describe(cold)}`);
      console.log(`  warm ${describe(warm)}`);
      console.log(`  site ${size.files.toLocaleString('en')} files, ${f1(row.megabytes)} MB`);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }
  console.log('growth over the runs (exponent 1 = linear):');
  growth('cold wall time', rows, (r) => r.cold.seconds, 's');
  growth('warm wall time', rows, (r) => r.warm.seconds, 's');
  growth('cold CPU time', rows, (r) => r.cold.cpuSeconds, 's');
  growth('warm CPU time', rows, (r) => r.warm.cpuSeconds, 's');
  growth('cold peak RSS', rows, (r) => r.cold.peakRssMb, 'MB');
  growth('warm peak RSS', rows, (r) => r.warm.peakRssMb, 'MB');
  growth('site files', rows, (r) => r.files, 'files');
  growth('site bytes', rows, (r) => r.megabytes, 'MB');
  const limit = 3072;
  for (const r of rows) {
    const peak = Math.max(r.cold.peakRssMb, r.warm.peakRssMb);
    const ok = r.cold.code === 0 && r.warm.code === 0 && peak <= limit;
    console.log(
      `  ${r.k}x: peak RSS ${peak} MB, target ≤ ${limit} MB with the default heap: ${ok ? 'meets' : 'MISSES'}`,
    );
  }
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main(process.argv[2]);
