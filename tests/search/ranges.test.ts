// The manifest's two levels (site/search/ranges.ts, client/search/ranges.ts): shards found
// through a range file as through the one list of every shard's first key, and a search over an
// index of many ranges finding its words in any of them.
import { describe, expect, it } from 'vitest';
import {
  shardOf,
  shardsOfPrefix,
  type RangeFile,
  type SearchManifest,
} from '../../src/common/search-format.ts';
import { Ranges } from '../../src/client/search/ranges.ts';
import { SearchIndex } from '../../src/client/search/loader.ts';
import { runSearch } from '../../src/client/search/run.ts';
import { readSearchState } from '../../src/client/filters.ts';
import { buildSearchData, type SearchBuildOptions } from '../../src/site/search/build.ts';
import { rangeFiles, rangeSize } from '../../src/site/search/ranges.ts';
import { fixturePlans } from './fixtures.ts';

const firsts = ['', 'b', 'cat', 'cow', 'dog', 'dot', 'eel', 'fox', 'gnu'];

/** Ranges of `per` shards over `firsts`, and the names of the range files fetched. */
function ranges(per: number, parts: [number, number][] = []): { at: Ranges; fetched: string[] } {
  const { index, files } = rangeFiles('t', firsts, parts, per);
  const fetched: string[] = [];
  const at = new Ranges(index, (j) => {
    fetched.push(`m/t/${j}.json`);
    return Promise.resolve(JSON.parse(files.get(`m/t/${j}.json`) as string) as RangeFile);
  });
  return { at, fetched };
}

const keys = ['a', 'b', 'ca', 'cat', 'cod', 'cow', 'dz', 'dot', 'ex', 'fox', 'zebra'];

describe('shards located through ranges', () => {
  it('finds each key in the shard the list of every first key names', async () => {
    const { at } = ranges(2);
    await at.load(keys);
    expect(keys.map((key) => at.shardOf(key))).toEqual(keys.map((key) => shardOf(firsts, key)));
  });

  it('finds every shard of a prefix whose shards cross a range', async () => {
    const { at } = ranges(2);
    await at.load([], ['c', 'do', 'd']);
    expect(['c', 'do', 'd'].map((p) => at.shardsOfPrefix(p))).toEqual(
      ['c', 'do', 'd'].map((p) => shardsOfPrefix(firsts, p)),
    );
  });

  it('fetches only the range files of the keys asked', async () => {
    const { at, fetched } = ranges(3);
    await at.load(['dot']);
    expect(fetched).toEqual(['m/t/1.json']);
  });

  it('has no shard for a key whose range file is not loaded', async () => {
    const { at } = ranges(3);
    await at.load(['ant']);
    expect([at.shardOf('ant'), at.shardOf('fox')]).toEqual([0, -1]);
  });

  it('keeps the split shards’ file counts under the index’s shard numbers', async () => {
    const { at } = ranges(4, [[6, 3]]);
    await at.load(['eel']);
    expect([at.shardOf('eel'), at.parts.get(6)]).toEqual([6, 3]);
  });

  it('writes one range holding every shard for a small index', () => {
    const { index, files } = rangeFiles('w', firsts);
    expect([index.ranges, files.size]).toEqual([[''], 1]);
  });

  it('makes ranges of about the square root of many shards', () => {
    expect([rangeSize(10), rangeSize(10_000)]).toEqual([32, 100]);
  });
});

/** The slugs a search finds over an index built with these options, fetched from memory. */
async function slugs(query: string, options: SearchBuildOptions): Promise<string[]> {
  const data = buildSearchData(fixturePlans, options);
  const files = new Map(data.files);
  files.set('manifest.json', JSON.stringify(data.manifest));
  const fetchFile = (url: string): Promise<Response> => {
    const body = files.get(String(url).replace(/^\/search\/(?:[0-9a-f]{12}\/)?/, ''));
    return Promise.resolve(new Response(body ?? '', { status: body === undefined ? 404 : 200 }));
  };
  const realFetch = globalThis.fetch;
  globalThis.fetch = fetchFile as typeof fetch;
  try {
    const index = await SearchIndex.open('/search/');
    const outcome = await runSearch(index, readSearchState(`?q=${encodeURIComponent(query)}`));
    return outcome.refs.map((ref) => data.plans[ref]?.slug ?? '?').sort();
  } finally {
    globalThis.fetch = realFetch;
  }
}

describe('searching an index of many ranges', () => {
  const many: SearchBuildOptions = { shardBytes: 200, wordShardBytes: 100, rangeSize: 2 };
  const queries = ['solar', 'kiosks', 'water', 'prototyping kenya', 'clini', 'solr kiosks'];

  it('has several ranges of terms and of words', () => {
    const { manifest }: { manifest: SearchManifest } = buildSearchData(fixturePlans, many);
    expect([manifest.terms.ranges.length > 2, manifest.words.ranges.length > 2]).toEqual([
      true,
      true,
    ]);
  });

  it('finds what an index of one range finds, for words, prefixes and typos', async () => {
    expect(
      buildSearchData(fixturePlans, { ...many, rangeSize: 100_000 }).manifest.terms.ranges,
    ).toEqual(['']);
    const found = await Promise.all(queries.map((q) => slugs(q, many)));
    const oneRange = { ...many, rangeSize: 100_000 };
    const one = await Promise.all(queries.map((q) => slugs(q, oneRange)));
    expect([found, found.filter((slugs) => slugs.length === 0)]).toEqual([one, []]);
  });

  it('finds a plan for a word of every range', async () => {
    const { files, manifest } = buildSearchData(fixturePlans, many);
    // The first word of each range's first word shard, with a space: a whole word, no prefix.
    const words = manifest.words.ranges.map((_, j) => {
      const shard = JSON.parse(files.get(`w/${j * (many.rangeSize ?? 1)}.json`) ?? '{}') as object;
      return Object.keys(shard)[0] ?? '';
    });
    const found = await Promise.all(words.map((word) => slugs(`${word} `, many)));
    expect(found.filter((s) => s.length === 0)).toEqual([]);
  });
});
