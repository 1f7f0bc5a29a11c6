// The facet counts and filters of a search, from the facet files a real build writes, served
// over HTTP as a static host would, against the same counts taken over the whole facet table.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countLimit,
  filterResults,
  type CountedFacets,
} from '../../src/client/search/facet-counts.ts';
import { SearchIndex } from '../../src/client/search/loader.ts';
import {
  compileFilters,
  countFacetValues,
  filterRefs,
  type Filters,
} from '../../src/client/filters.ts';
import { encodeFacets, type FacetTable } from '../../src/common/facet-codes.ts';
import { packRefs, unpackRefs } from '../../src/common/search-format.ts';
import { facetValues } from '../../src/site/facets/values.ts';
import { searchablePlans } from '../../src/site/search/build.ts';
import { writeSearchIndex } from '../../src/site/search/write.ts';
import { serveDir, type ServedDir } from '../browser/browser.ts';
import { facet, makePlan } from '../helpers/plan.ts';

const countries = ['Kenya', 'Peru', 'Chile', 'Nepal'];
const plans = searchablePlans(
  Array.from({ length: 250 }, (_, i) =>
    makePlan({
      id: `p${i}`,
      title: `Plan ${i}`,
      countries: i % 7 === 0 ? [] : [countries[i % 4] as string, countries[(i + 1) % 3] as string],
      methods: [facet(i % 3 === 0 ? 'Prototyping' : 'Mapping')],
      year: 2015 + (i % 9),
    }),
  ),
);
const table: FacetTable = encodeFacets(plans, facetValues);
const tmpRoot = fileURLToPath(new URL('../.tmp/', import.meta.url));
let dir = '';
let served: ServedDir;
let index: SearchIndex;

beforeAll(async () => {
  await mkdir(tmpRoot, { recursive: true });
  dir = await mkdtemp(join(tmpRoot, 'facet-counts-'));
  await writeSearchIndex(plans, dir);
  served = await serveDir(dir);
  index = await SearchIndex.open(`${served.url}search/`);
});

afterAll(async () => {
  await served.close();
  await rm(dir, { recursive: true, force: true });
});

/** Every third plan from the last, as a ranking would mix them. */
const ranked = (n: number): number[] =>
  Array.from({ length: n }, (_, i) => (plans.length - 1 - i * 3 + plans.length) % plans.length);

/** The results and, once fetched, their counts: what the page shows after a query. */
async function countFacets(
  index: SearchIndex,
  matched: readonly number[],
  filters: Filters,
): Promise<CountedFacets> {
  const { refs, counted } = await filterResults(index, matched, filters);
  return { refs, ...(await counted()) };
}

describe('facet counts from files that stay small', () => {
  it('counts the whole archive from the totals the build wrote', async () => {
    const all = plans.map((_, ref) => ref);
    const counted = await countFacets(index, all, {});
    expect(counted).toEqual({ refs: all, counts: countFacetValues(table, all), countedIn: null });
  });

  it('counts every result exactly when there are at most the limit', async () => {
    const matched = ranked(60);
    const filters = { country: ['kenya'], method: ['mapping'] };
    const counted = await countFacets(index, matched, filters);
    expect(counted.counts).toEqual(
      countFacetValues(table, matched, compileFilters(filters, table)),
    );
  });

  it('keeps the results that have a ticked value of every filtered facet, in rank order', async () => {
    const matched = ranked(200);
    const filters = { country: ['peru', 'nepal'], year: ['2018'] };
    const counted = await countFacets(index, matched, filters);
    expect(counted.refs).toEqual(filterRefs(table, matched, compileFilters(filters, table)));
  });

  it('counts the first results only when there are more, and says how many', async () => {
    const matched = ranked(200);
    const counted = await countFacets(index, matched, {});
    const first = matched.slice(0, countLimit);
    expect(counted).toEqual({
      refs: matched,
      counts: countFacetValues(table, first),
      countedIn: countLimit,
    });
  });

  it('keeps no result for a filter value the archive does not have', async () => {
    const counted = await countFacets(index, ranked(30), { country: ['atlantis'] });
    expect(counted.refs).toEqual([]);
  });
});

describe('a value’s plans as runs', () => {
  it('reads back the refs it was given', () => {
    const refs = [0, 1, 2, 7, 9, 10, 40];
    expect(unpackRefs(packRefs(refs))).toEqual(refs);
  });

  it('writes a value every plan has as one run', () => {
    expect(packRefs(Array.from({ length: 5000 }, (_, i) => i))).toEqual([0, 5000]);
  });
});
