// What the parser itself costs: the corpus through `unified().use(remarkParse).use(remarkGfm)`
// alone, on the same worker pool (src/load/pool.ts) our parse runs on, each in a fresh process,
// beside our whole parse (records, franc, answer HTML) without a cache. Issue 13's target: ours
// at most 1.3x the bare parse. Both workers are bundled by esbuild, so neither pays tsx at start.
// Run: tsx bench/bare-parse.ts [corpusDir]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { median } from './stats.ts';

export interface ParseFigure {
  seconds: number;
  cpuSeconds: number;
}

const self = fileURLToPath(import.meta.url);
const tsx = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url));

function bundle(dir: string): URL {
  const outfile = join(dir, 'bare-worker.mjs');
  buildSync({
    entryPoints: [fileURLToPath(new URL('./bare-parse-worker.ts', import.meta.url))],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
  });
  return pathToFileURL(outfile);
}

/** One run in this process: `bare` on the pool with the bundled bare worker, or `ours`. */
async function runHere(mode: string, corpus: string): Promise<ParseFigure> {
  const { parseInWorkers } = await import('../src/load/pool.ts');
  const { idFromPath } = await import('../src/load/document.ts');
  const tmp = mkdtempSync(join(tmpdir(), 'plan-archive-bare-'));
  try {
    const script = mode === 'bare' ? bundle(tmp) : undefined;
    const names = readdirSync(corpus).filter((n) => n.endsWith('.md'));
    const jobs = names.map((name) => ({
      filePath: join(corpus, name),
      id: idFromPath(name),
      bytes: readFileSync(join(corpus, name)),
    }));
    const cpu = process.cpuUsage();
    const started = performance.now();
    await parseInWorkers(jobs, availableParallelism(), () => undefined, { timeoutMs: 0, script });
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    return { seconds, cpuSeconds: (used.user + used.system) / 1e6 };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function inChild(mode: string, corpus: string): ParseFigure {
  const out = execFileSync(process.execPath, [tsx, self, mode, corpus], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!) as ParseFigure;
}

export interface BareParseBench {
  bare: ParseFigure;
  ours: ParseFigure;
  ratio: number;
  /** The same ratio in CPU seconds: steadier than wall time on a busy machine. */
  cpuRatio: number;
}

/** Rounds of bare then ours, each in its own process; medians, and the median of the ratios. */
export function main(corpus: string, rounds = 3): BareParseBench {
  const bare: ParseFigure[] = [];
  const ours: ParseFigure[] = [];
  console.log(
    `Parse on the pool (${availableParallelism()} workers): bare remark-parse + remark-gfm against ours`,
  );
  for (let n = 1; n <= rounds; n++) {
    bare.push(inChild('bare', corpus));
    ours.push(inChild('ours', corpus));
    const [b, o] = [bare[n - 1]!, ours[n - 1]!];
    console.log(
      `  round ${n}: bare ${b.seconds.toFixed(1)} s (CPU ${b.cpuSeconds.toFixed(1)} s), ours ${o.seconds.toFixed(1)} s (CPU ${o.cpuSeconds.toFixed(1)} s) = ${(o.seconds / b.seconds).toFixed(2)}x`,
    );
  }
  const result = {
    bare: {
      seconds: median(bare.map((b) => b.seconds)),
      cpuSeconds: median(bare.map((b) => b.cpuSeconds)),
    },
    ours: {
      seconds: median(ours.map((o) => o.seconds)),
      cpuSeconds: median(ours.map((o) => o.cpuSeconds)),
    },
    ratio: median(ours.map((o, i) => o.seconds / bare[i]!.seconds)),
    cpuRatio: median(ours.map((o, i) => o.cpuSeconds / bare[i]!.cpuSeconds)),
  };
  const verdict = result.ratio <= 1.3 ? 'meets' : 'MISSES';
  console.log(
    `  median: bare ${result.bare.seconds.toFixed(1)} s, ours ${result.ours.seconds.toFixed(1)} s = ${result.ratio.toFixed(2)}x (target ≤ 1.3x: ${verdict}); in CPU seconds ${result.cpuRatio.toFixed(2)}x`,
  );
  return result;
}

const [mode, corpusArg] = process.argv.slice(2);
if (process.argv[1] === self) {
  if (mode === 'bare' || mode === 'ours')
    console.log(JSON.stringify(await runHere(mode, corpusArg!)));
  else main(mode ?? fileURLToPath(new URL('../../shared/corpus/sdg-commons/', import.meta.url)));
}
