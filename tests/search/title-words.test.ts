// The word being typed completed from the titles of the plans the other words find
// (src/client/search/title-words.ts), over a real build served over HTTP.
import { describe, expect, it } from 'vitest';
import { readSearchState } from '../../src/client/filters.ts';
import { runSearch } from '../../src/client/search/run.ts';
import { titleWordsOf } from '../../src/client/search/title-words.ts';
import { searchablePlans } from '../../src/site/search/build.ts';
import { titleWordFiles } from '../../src/site/search/title-words.ts';
import { titleWordLimit } from '../../src/common/title-words.ts';
import { makePlan } from '../helpers/plan.ts';
import { servedIndex } from './served-index.ts';

// Twelve words starting "co" in more titles than the title words keep, so two letters complete
// to those; five maize plans' titles have a rare one each ("cobs"...); twenty maize plans have a
// common "co" word in theirs, one of the commonest.
const common = ['community', 'covid', 'country', 'coffee', 'cooperative', 'coastal'];
const more = ['cotton', 'corn', 'conservation', 'compost', 'cocoa', 'commons'];
const rare = ['cobs', 'coir', 'colza', 'couscous', 'cowpea'];
const plans = searchablePlans([
  ...[...common, ...more].flatMap((word, w) =>
    Array.from({ length: titleWordLimit + 1 + w }, (_, i) =>
      makePlan({ id: `${word}-${i}`, title: `${word} ${i}` }),
    ),
  ),
  ...Array.from({ length: 20 }, (_, i) =>
    makePlan({ id: `maize-${i}`, title: `Maize ${more[i % more.length]} ${i}` }),
  ),
  ...rare.map((word) => makePlan({ id: `maize-${word}`, title: `Maize ${word} for farmers` })),
]);
// Small term shards, so "co" spans too many of them to be matched as a prefix of the terms.
const served = servedIndex('title-words', plans, { shardBytes: 300 }, 'n');

const search = async (q: string) => {
  const index = await served.open();
  const outcome = await runSearch(index, readSearchState(`?q=${encodeURIComponent(q)}`));
  return outcome.refs.map((ref) => plans[ref]?.slug);
};

describe('a word being typed after another', () => {
  it('matches a rare word of the titles the other word finds', async () => {
    expect(await search('maize co')).toContain('maize-cobs');
  });

  it('matches four such words at most, those of the most titles first, then A-Z', async () => {
    const found = await search('maize co');
    expect(rare.filter((word) => found.includes(`maize-${word}`))).toEqual(rare.slice(0, 4));
  });

  it('still matches the common words it completes to', async () => {
    const found = await search('maize co');
    expect(found.filter((slug) => /^maize-\d+$/.test(slug ?? ''))).toHaveLength(20);
  });

  it('reads one title words file', async () => {
    await search('maize co');
    expect(served.fetched).toHaveLength(1);
  });
});

describe('a word typed past four letters', () => {
  it('reads no title words file', async () => {
    await search('maize cooper');
    expect(served.fetched).toEqual([]);
  });
});

describe('a word typed alone', () => {
  it('reads no title words file', async () => {
    await search('co');
    expect(served.fetched).toEqual([]);
  });
});

describe('the title words', () => {
  const files = titleWordFiles(plans).map((json) => JSON.parse(json) as Record<string, number[]>);
  const all = Object.assign({}, ...files) as Record<string, number[]>;

  it('hold each word of few titles with the refs of those titles', () => {
    expect(all.cobs).toEqual([plans.findIndex((p) => p.slug === 'maize-cobs')]);
  });

  it('leave out the words of more titles than the limit', () => {
    const many = Array.from({ length: titleWordLimit + 1 }, (_, i) =>
      makePlan({ id: `w-${i}`, title: i === 0 ? 'Water wells' : `Water ${i}` }),
    );
    const [file] = titleWordFiles(many).map((json) => JSON.parse(json) as Record<string, number[]>);
    expect([file?.water, file?.wells]).toEqual([undefined, [0]]);
  });

  it('are ordered by the titles the candidates share', () => {
    const words = { cobs: [1, 2], cocoa: [2, 3, 4], coil: [9] };
    expect(titleWordsOf('co', words, new Set([2, 3]))).toEqual(['cocoa', 'cobs']);
  });
});
