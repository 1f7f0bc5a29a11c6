// Parse benchmark: the whole corpus to records, cold (empty cache) then warm (nothing changed),
// each in a fresh process so neither borrows the other's warm-up.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ParseRun {
  documents: number;
  records: number;
  seconds: number;
  peakRssMb: number;
}

const once = fileURLToPath(new URL('./parse-once.ts', import.meta.url));
const tsx = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url));

function runOnce(dir: string, cacheDir: string): ParseRun {
  const out = execFileSync(process.execPath, [tsx, once, dir, cacheDir], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!) as ParseRun;
}

function line(label: string, run: ParseRun, target: number): string {
  const rate = run.documents / run.seconds;
  const verdict = run.seconds <= target ? 'meets' : 'MISSES';
  return `${label.padEnd(6)} ${run.documents} documents in ${run.seconds.toFixed(2)} s (${rate.toFixed(0)} documents/s), peak RSS ${run.peakRssMb.toFixed(0)} MB; target ≤ ${target} s: ${verdict}`;
}

export function main(dir: string): { cold: ParseRun; warm: ParseRun } {
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'plan-archive-parse-'));
  try {
    const cold = runOnce(dir, cacheDir);
    const warm = runOnce(dir, cacheDir);
    console.log('## Parse: documents → records');
    console.log(line('cold', cold, 20));
    console.log(line('warm', warm, 2));
    return { cold, warm };
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main(
    process.argv[2] ?? fileURLToPath(new URL('../../shared/corpus/sdg-commons/', import.meta.url)),
  );
}
