// A search of a common word over a real build served over HTTP, with the word's postings in
// several files: the first results and the count against the same search ranking every match.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSearchState } from '../../src/client/filters.ts';
import { SearchIndex } from '../../src/client/search/loader.ts';
import { runSearch } from '../../src/client/search/run.ts';
import { searchablePlans } from '../../src/site/search/build.ts';
import { makePlan } from '../helpers/plan.ts';
import { readRanges } from './range-files.ts';
import { servedIndex } from './served-index.ts';

// "water" said 1 to 9 times in summaries of varied length, in a few titles; "pump" in a third.
const plans = searchablePlans(
  Array.from({ length: 400 }, (_, i) =>
    makePlan({
      id: `p${i}`,
      title: i % 37 === 0 ? `Water plan ${i}` : `Plan ${i}`,
      countries: [i % 2 === 0 ? 'Kenya' : 'Peru'],
      summary: [
        ...Array.from({ length: 1 + (i % 9) }, () => 'water'),
        ...(i % 3 === 0 ? ['pump'] : []),
        ...Array.from({ length: 2 + ((i * 7) % 13) }, () => 'and more words'),
      ].join(' '),
    }),
  ),
);
/** The term files each test's index fetched. */
const served = servedIndex('first-results', plans, { shardBytes: 1_000, partBytes: 1_000 }, 't');
const fetched = served.fetched;

const open = (): Promise<SearchIndex> => served.open();
const search = async (query: string, all = false) =>
  runSearch(await open(), readSearchState(query), all);

describe('the first results of a common word', () => {
  it('are those of the search ranking every match, in its order', async () => {
    const first = await search('?q=water ');
    const every = await search('?q=water ', true);
    expect(first.refs).toEqual(every.refs.slice(0, first.refs.length));
  });

  it('need only the first of the word’s files', async () => {
    const index = await open();
    await runSearch(index, readSearchState('?q=water '));
    const ranges = await readRanges(join(served.dir, 'search', index.manifest.build), 't');
    const shard = ranges.firsts.indexOf('water');
    const files = new Map(ranges.parts).get(shard) ?? 1;
    const ofWater = fetched.filter(
      (name) => name.startsWith(`${shard}.`) || name.startsWith(`${shard}-`),
    );
    expect([ofWater, files > 1]).toEqual([[`${shard}.json`], true]);
  });

  it('are counted exactly for one word from the count its files state', async () => {
    const first = await search('?q=water ');
    expect([first.total, first.exact]).toEqual([400, true]);
  });

  it('are followed by every other match when the rest is asked for', async () => {
    const first = await search('?q=water ');
    const every = await search('?q=water ', true);
    expect((await first.rest?.())?.refs).toEqual(every.refs);
  });

  it('are all the matches, ranked, when a filter is ticked', async () => {
    const filtered = await search('?q=water+pump+&country=kenya');
    expect([filtered.rest, filtered.total]).toEqual([null, filtered.refs.length]);
  });
});
