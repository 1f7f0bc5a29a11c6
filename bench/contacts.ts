// Contact-policy benchmark: the detectors on hostile one-megabyte texts (each must cost one pass,
// a few milliseconds, however the text is built), then the policy over the corpus: its records
// made public and its sources rewritten, with what the detectors found.
// Run: tsx bench/contacts.ts [corpusDir]
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadFolder } from '../src/load/folder.ts';
import { findContactDetails } from '../src/record/contact-details.ts';
import { publicRecords, publicSource } from '../src/site/contact-policy.ts';
import { median } from './stats.ts';

/** A megabyte of each shape a scan could stumble on: no space, all separators, all `@`... */
const hostile: [string, string][] = [
  ['letters', 'a'.repeat(1 << 20)],
  ['digits', '7'.repeat(1 << 20)],
  ['@ signs', '@'.repeat(1 << 20)],
  ['a@ pairs', 'a@'.repeat(1 << 19)],
  ['%40 escapes', '%40'.repeat(349_525)],
  ['dotted domain', `a@${'b.'.repeat(1 << 19)}`],
  ['digits and spaces', '1 '.repeat(1 << 19)],
  ['digits and hyphens', '1-'.repeat(1 << 19)],
  ['brackets', '(1'.repeat(1 << 19)],
  ['labelled numbers', 'Tel: 1234567 '.repeat(80_660)],
];

function timeDetectors(): void {
  console.log('Detectors on 1 MB texts (median of 5 runs):');
  for (const [name, text] of hostile) {
    const runs: number[] = [];
    let found = 0;
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      found = findContactDetails(text).length;
      runs.push(performance.now() - started);
    }
    console.log(`  ${name.padEnd(20)} ${median(runs).toFixed(1).padStart(7)} ms  ${found} found`);
  }
}

export async function main(corpus: string): Promise<void> {
  console.log('## Contact policy');
  timeDetectors();
  const { records } = await loadFolder(corpus, { cacheDir: '.cache/parse' });
  let started = performance.now();
  const { records: open, counts } = publicRecords(records, 'hide');
  const recordsMs = performance.now() - started;
  const withDetail = open.filter((r) => r.details.some((d) => d.kind !== 'consent'));
  console.log(
    `Records made public: ${records.length} in ${recordsMs.toFixed(0)} ms; ` +
      `${counts.emails} distinct addresses and ${counts.phones} distinct phone numbers withheld, ` +
      `from ${withDetail.length} records`,
  );
  started = performance.now();
  let bytes = 0;
  for (const [i, record] of records.entries()) {
    const text = await readFile(record.sourcePath, 'utf8');
    bytes += text.length;
    publicSource(text, 'hide', open[i]!.details);
  }
  const sourcesMs = performance.now() - started;
  console.log(
    `Sources rewritten: ${records.length} (${(bytes / 1e6).toFixed(1)} MB) in ${sourcesMs.toFixed(0)} ms, reading included`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await main(
    process.argv[2] ?? fileURLToPath(new URL('../../shared/corpus/sdg-commons/', import.meta.url)),
  );
}
