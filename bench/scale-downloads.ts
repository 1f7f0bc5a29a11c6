// What a reader downloads as the archive grows (issue 13): the shared corpus copied 1, 2, 4 and 8
// times in memory (titles and slugs made unique), its search index and map data built, and the
// search client itself run over those files with `fetch` answered from memory, so the bytes are
// those the real client asks for, each file gzip-compressed as a static host serves it. A first
// search is what the page fetches on a desktop: the results, their display data, then the facet
// codes of the results it counts (`Outcome.counted`); both parts are printed.
// Prints per figure its growth exponent over 1x..8x and its value extrapolated to 100,000 plans.
// Run: tsx bench/scale-downloads.ts
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { loadFolder } from '../src/load/folder.ts';
import type { LearningPlan } from '../src/record/schema.ts';
import { buildSearchData, searchablePlans } from '../src/site/search/build.ts';
import { buildMapData } from '../src/site/map/data.ts';
import { SearchIndex } from '../src/client/search/loader.ts';
import { runSearch } from '../src/client/search/run.ts';
import { readSearchState } from '../src/client/filters.ts';

const repo = fileURLToPath(new URL('../', import.meta.url));
const corpus = resolve(repo, '../shared/corpus/sdg-commons');
/** `BENCH_COPIES=1,4` for a quicker look. */
const copies = (process.env.BENCH_COPIES ?? '1,2,4,8').split(',').map(Number);
const target = 100_000;
/** Results on the first page of the search page (src/client/search/page.ts). */
const pageSize = 10;

/** Typical first searches: common words, a rare one, a prefix, a filter. */
const queries = ['water', 'climate change', 'youth employment', 'digi', 'country:kenya'];

/** A made-up word from the copy's hash: it sorts the copies among the plans as new titles would. */
function tagOf(id: string, j: number): string {
  const hash = createHash('sha256').update(`${id}:${j}`).digest();
  return Array.from(hash.subarray(0, 6), (b) => String.fromCharCode(97 + (b % 26))).join('');
}

/**
 * The corpus k times: copy j > 0 of a plan gets a made-up word before its title and "-cj" in its
 * slug. Titles that only gained a suffix would sort each copy next to its original, and the
 * index files would then compress as no real archive's do (runs of the same codes and postings).
 */
export function copied(plans: readonly LearningPlan[], k: number): LearningPlan[] {
  const out: LearningPlan[] = [...plans];
  for (let j = 1; j < k; j++) {
    for (const plan of plans) {
      const tag = tagOf(plan.id, j);
      out.push({
        ...plan,
        id: `${plan.id}-c${j}`,
        slug: `${plan.slug}-c${j}`,
        title: `${tag} ${plan.title}`,
        fullTitle: plan.fullTitle === null ? null : `${tag} ${plan.fullTitle}`,
      });
    }
  }
  return out;
}

const gzipped = (text: string | Buffer): number => gzipSync(text).length;

/** A file's kind, for the breakdown: `t`, `w`, `d`, `m/t`, `f/c`, `f/values.json`, ... */
function kindOf(name: string): string {
  const parts = name.split('/');
  if (parts.length === 1) return name;
  return parts[0] === 'f' || parts[0] === 'm' ? `${parts[0]}/${parts[1]}` : (parts[0] as string);
}

interface FirstSearch {
  /** Gzip bytes by kind of file, the results and the counts together. */
  byKind: Map<string, number>;
  /** The results and their display data. */
  results: number;
  /** The facet codes of the results counted. */
  counts: number;
}

/** The gzip bytes the search page fetches for its first query on a desktop. */
async function firstSearchBytes(files: Map<string, string>, q: string): Promise<FirstSearch> {
  const bytes = new Map<string, number>();
  let total = 0;
  const realFetch = globalThis.fetch;
  globalThis.fetch = ((url: string) => {
    const name = String(url).replace(/^\/search\/(?:[0-9a-f]{12}\/)?/, '');
    const body = files.get(name);
    const kind = kindOf(name);
    const size = body === undefined ? 0 : gzipped(body);
    bytes.set(kind, (bytes.get(kind) ?? 0) + size);
    total += size;
    return Promise.resolve(new Response(body ?? '', { status: body === undefined ? 404 : 200 }));
  }) as typeof fetch;
  let results: number;
  try {
    const index = await SearchIndex.open('/search/');
    const outcome = await runSearch(index, readSearchState(`?q=${encodeURIComponent(q)}`));
    await index.display(outcome.refs.slice(0, pageSize));
    results = total;
    // The page draws the filters beside the results at once on a desktop (page.ts).
    await outcome.counted();
  } finally {
    globalThis.fetch = realFetch;
  }
  return { byKind: bytes, results, counts: total - results };
}

interface Row {
  name: string;
  /** The issue's limit at 100,000 plans; null for a figure printed for information. */
  limit: number | null;
  values: number[];
}

/** The growth exponent between copies `from` and `to` (indexes): bytes ∝ plans^exponent. */
function exponent(values: readonly number[], from: number, to: number): number {
  const ratio = (values[to] as number) / (values[from] as number);
  return Math.log(ratio) / Math.log((copies[to] as number) / (copies[from] as number));
}

const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

export async function main(corpusDir = corpus): Promise<void> {
  const { records } = await loadFolder(corpusDir, { cacheDir: join(repo, '.cache/parse') });
  const plans = searchablePlans(records);
  const world = readFileSync(join(repo, 'node_modules/world-atlas/countries-110m.json'), 'utf8');
  const rows: Row[] = [
    ...queries.map((q) => ({ name: `first search "${q}"`, limit: 150_000, values: [] })),
    ...queries.map((q) => ({ name: `  of which results "${q}"`, limit: null, values: [] })),
    ...queries.map((q) => ({ name: `  of which counts "${q}"`, limit: null, values: [] })),
    { name: 'first map draw (data.json + shapes)', limit: 200_000, values: [] },
    { name: 'largest search shard (raw)', limit: 100_000, values: [] },
    { name: 'map plans.json, on the first filter or place opened', limit: null, values: [] },
    { name: 'search manifest.json', limit: null, values: [] },
    { name: 'largest search range file (m/)', limit: null, values: [] },
  ];
  const sizes: number[] = [];
  for (const k of copies) {
    const all = copied(plans, k);
    sizes.push(all.length);
    const search = buildSearchData(all);
    const files = new Map([...search.files].map(([name, json]) => [name, json]));
    files.set('manifest.json', JSON.stringify(search.manifest));
    const breakdown: string[] = [];
    const n = queries.length;
    for (const [i, q] of queries.entries()) {
      const { byKind, results, counts } = await firstSearchBytes(files, q);
      rows[i]?.values.push(results + counts);
      rows[n + i]?.values.push(results);
      rows[2 * n + i]?.values.push(counts);
      breakdown.push(`"${q}": ${[...byKind].map(([kind, b]) => `${kind} ${kB(b)}`).join(', ')}`);
    }
    const map = buildMapData(search.plans, { prefix: '/', tileLayer: null });
    rows[3 * n]?.values.push(gzipped(JSON.stringify(map.data)) + gzipped(world));
    let largest = 0;
    let range = 0;
    for (const [name, json] of search.files) {
      if (name.startsWith('t/')) largest = Math.max(largest, Buffer.byteLength(json));
      if (name.startsWith('m/')) range = Math.max(range, gzipped(json));
    }
    rows[3 * n + 1]?.values.push(largest);
    rows[3 * n + 2]?.values.push(gzipped(JSON.stringify(map.plans)));
    rows[3 * n + 3]?.values.push(gzipped(JSON.stringify(search.manifest)));
    rows[3 * n + 4]?.values.push(range);
    console.log(`  built ${k}x: ${all.length} plans, ${search.files.size} search files`);
    if (k === copies.at(-1))
      console.log(`  first search by kind of file at ${k}x:\n    ${breakdown.join('\n    ')}`);
  }
  const last = sizes.at(-1) as number;
  const n = copies.length - 1;
  console.log(
    `\n| figure (gzip unless raw) | ${sizes.map((p, i) => `${copies[i]}x (${p})`).join(' | ')} ` +
      `| exponent 1x→8x | 4x→8x | at ${target} | limit |`,
  );
  console.log(`|---|${sizes.map(() => '---|').join('')}---|---|---|---|`);
  const headroom: [string, number][] = [];
  for (const row of rows) {
    const overall = exponent(row.values, 0, n);
    const recent = exponent(row.values, n - 1, n);
    // The steeper of the two: fixed costs flatten the early copies.
    const at = (row.values[n] as number) * (target / last) ** Math.max(overall, recent, 0);
    const verdict =
      row.limit === null
        ? '(information)'
        : `${kB(row.limit)} ${at <= row.limit ? 'met' : 'MISSED'}`;
    if (row.limit !== null) headroom.push([row.name, at / row.limit]);
    console.log(
      `| ${row.name} | ${row.values.map(kB).join(' | ')} | ${overall.toFixed(2)} | ` +
        `${recent.toFixed(2)} | ${kB(at)} | ${verdict} |`,
    );
  }
  const [closest, share] = headroom.sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  console.log(
    `\nExtrapolated with the steeper exponent. Nearest its limit at ${target} plans: ` +
      `${closest} (${(share * 100).toFixed(0)}% of it).`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync(corpus)) console.log(`Skipped: ${corpus} is absent.`);
  else await main();
}
