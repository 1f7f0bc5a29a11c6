// Pathological documents (issue 9, item 6): each parsed through the real loader, with its time,
// and the whole folder's total against the target of 5 s. Needs no corpus. Run on its own with
// `npx tsx bench/pathological.ts`, or as part of `npm run bench`.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultParseTimeoutMs, loadFolder } from '../src/load/folder.ts';

const n = 10_000;
const spaceless = (bytes: number): string => `start${'a1.b-'.repeat(bytes / 5)}@example.org`;

/** File name → answer text: the inputs of the issue, each in an otherwise ordinary document. */
export const inputs: Record<string, string> = {
  'token-40kb.md': spaceless(40_000),
  'token-1mb.md': spaceless(1 << 20),
  'answer-10000-lines.md': Array.from({ length: n }, (_, i) => `Line ${i} of the answer`).join(
    '\n',
  ),
  'div-10000-deep.md': `${'<div>'.repeat(n)}deep${'</div>'.repeat(n)}`,
  'quote-10000-deep.md': `${'>'.repeat(n)} deep`,
  'emphasis-run-10000.md': `${'*'.repeat(n)}deep${'*'.repeat(n)}`,
  'emphasis-nested-10000.md': `${'*a '.repeat(n)}deep${' a*'.repeat(n)}`,
  'brackets-10000.md': `${'['.repeat(n)}deep${']'.repeat(n)}`,
  'line-1mb.md': 'word '.repeat((1 << 20) / 5),
};

export function documentOf(answer: string): string {
  return `# A pathological plan\n\n[[year:2024]]\n\n[[type:solution]]\n\n## Solution\n\n> What is it?\n\n${answer}\n`;
}

export async function main(): Promise<{ seconds: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'plan-archive-pathological-'));
  try {
    for (const [name, answer] of Object.entries(inputs))
      await writeFile(join(dir, name), documentOf(answer));
    const names = Object.keys(inputs).sort();
    console.log(`## Pathological documents (time budget ${defaultParseTimeoutMs / 1000} s each)`);

    // One worker, so documents are parsed in file-name order and each time is its own.
    let last = performance.now();
    const times: number[] = [];
    const sequential = await loadFolder(dir, {
      workers: 1,
      onProgress: () => {
        const now = performance.now();
        times.push((now - last) / 1000);
        last = now;
      },
    });
    for (const [i, name] of names.entries()) {
      const file = join(dir, name);
      const record = sequential.records.some((r) => r.sourcePath === file);
      const codes = sequential.diagnostics.filter((d) => d.file === file).map((d) => d.code);
      const outcome = `${record ? 'record' : 'no record'}${codes.length ? ` (${codes.join(', ')})` : ''}`;
      console.log(`${name.padEnd(26)} ${times[i]!.toFixed(2).padStart(6)} s  ${outcome}`);
    }
    console.log('(the first time includes starting the worker)');

    const start = performance.now();
    await loadFolder(dir);
    const seconds = (performance.now() - start) / 1000;
    const verdict = seconds < 5 ? 'meets' : 'MISSES';
    console.log(
      `Folder of ${names.length} through the loader: ${seconds.toFixed(2)} s in total; target < 5 s: ${verdict}`,
    );
    return { seconds };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
