// What the parser read differently from how it was written, over the corpus: the `info`
// diagnostics by code (placeholder answers, form instructions, numbered lists typed in one
// paragraph, repaired mojibake), with the number of documents each touches.
// Run: tsx bench/text-notes.ts [corpusDir]
import { fileURLToPath } from 'node:url';
import { loadFolder } from '../src/load/folder.ts';
import { defaultCorpus } from './build.ts';

export async function main(corpus = defaultCorpus): Promise<Map<string, [number, number]>> {
  const started = performance.now();
  const { records } = await loadFolder(corpus, { cacheDir: '.cache/parse' });
  const byCode = new Map<string, [number, number]>();
  for (const record of records) {
    const codes = new Map<string, number>();
    for (const d of record.diagnostics)
      if (d.severity === 'info') codes.set(d.code, (codes.get(d.code) ?? 0) + 1);
    for (const [code, n] of codes) {
      const [total, documents] = byCode.get(code) ?? [0, 0];
      byCode.set(code, [total + n, documents + 1]);
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${records.length} records read in ${seconds} s; info diagnostics by code:`);
  for (const [code, [total, documents]] of [...byCode].sort()) {
    console.log(
      `  ${code}: ${total.toLocaleString('en')} in ${documents.toLocaleString('en')} documents`,
    );
  }
  return byCode;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main(process.argv[2]);
