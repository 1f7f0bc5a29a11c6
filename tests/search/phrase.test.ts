// Quoted phrases through the real phrase index: the files the build writes for hand-written
// plans, read back by the browser's code.
import { describe, expect, it } from 'vitest';
import { phraseRefs, type PairSource } from '../../src/client/search/phrase.ts';
import { readPhrases } from '../../src/client/search/query.ts';
import { phraseShardOf, type PhraseShardJson } from '../../src/common/phrase-index.ts';
import { phraseShards } from '../../src/site/search/phrases.ts';
import { facet, item, makePlan, section } from '../helpers/plan.ts';

const plans = [
  makePlan({ id: 'coasts', title: 'Coasts', summary: 'Sea level rise floods the yard.' }),
  makePlan({ id: 'river', title: 'River level gauge', summary: 'The level of the sea nearby.' }),
  makePlan({ id: 'ports', title: 'Harbours', summary: 'Sea water and level crossings.' }),
  makePlan({
    id: 'food',
    title: 'Kitchens',
    sections: [section([item('Why?', 'Everyone has the right to food and water.')])],
  }),
  makePlan({
    id: 'apart',
    title: 'Schools',
    sections: [section([item('Why?', 'The right to learn, from water to food.')])],
  }),
  makePlan({
    id: 'securite',
    title: 'Sécurité alimentaire',
    language: 'fr',
    summary: 'Les marchés.',
  }),
  makePlan({ id: 'plain', title: 'Securite alimentaire au marche', language: 'fr' }),
  makePlan({ id: 'split', title: 'Open sea', summary: 'Level ground for farms.' }),
  makePlan({ id: 'tagged', title: 'Workshops', methods: [facet('Design Thinking')] }),
];
const slugs = plans.map((p) => p.id);

/** A source over every phrase file the build wrote, counting the files read. */
function filesOf(targetBytes: number): { source: PairSource; read: Set<number> } {
  const files = phraseShards(plans, targetBytes).map((json) => JSON.parse(json) as PhraseShardJson);
  const read = new Set<number>();
  const source: PairSource = async (keys) =>
    new Map(
      keys.map((key) => {
        const i = phraseShardOf(key, files.length);
        read.add(i);
        return [key, files[i]?.[key]];
      }),
    );
  return { source, read };
}

async function find(query: string, targetBytes = 200): Promise<string[] | null> {
  const refs = await phraseRefs(readPhrases(query), filesOf(targetBytes).source);
  return refs === null ? null : [...refs].map((ref) => slugs[ref] ?? '?').sort();
}

describe('quoted phrases', () => {
  it('finds only the plans where the words stand next to each other', async () => {
    expect(await find('"sea level"')).toEqual(['coasts']);
  });

  it('does not join the end of one text to the start of the next', async () => {
    expect(await find('"sea level"')).not.toContain('split');
  });

  it('needs the three words of a phrase in one place, not two of its pairs apart', async () => {
    expect(await find('"right to food"')).toEqual(['food']);
  });

  it('keeps the stop words inside a phrase', async () => {
    expect(await find('"level of the sea"')).toEqual(['river']);
  });

  it('matches a phrase whatever its accents, in the query or the plan', async () => {
    expect([await find('"securite alimentaire"'), await find('"Sécurité Alimentaire"')]).toEqual([
      ['plain', 'securite'],
      ['plain', 'securite'],
    ]);
  });

  it('finds a phrase in a tag', async () => {
    expect(await find('"design thinking"')).toEqual(['tagged']);
  });

  it('finds a phrase whatever the size of the files the pairs are cut into', async () => {
    expect([await find('"right to food"', 20), await find('"right to food"', 1e6)]).toEqual([
      ['food'],
      ['food'],
    ]);
  });

  it('asks every phrase of the query', async () => {
    expect(await find('"sea level" "the yard"')).toEqual(['coasts']);
  });

  it('reads no phrase file for a query without a phrase', async () => {
    const { source, read } = filesOf(200);
    const refs = await phraseRefs(readPhrases('sea level'), source);
    expect([refs, read.size]).toEqual([null, 0]);
  });

  it('reads one phrase file per pair of the phrase', async () => {
    const { source, read } = filesOf(200);
    await phraseRefs(readPhrases('"right to food"'), source);
    expect(read.size).toBeLessThanOrEqual(2);
  });
});

describe('the phrase files', () => {
  it('are the same made a file a pass as made all in one pass', () => {
    const onePass = phraseShards(plans, 60, 1e9);
    expect([onePass.length > 3, phraseShards(plans, 60, 1)]).toEqual([true, onePass]);
  });

  it('are as many as the entries and their commas fill at the size asked for', () => {
    const files = phraseShards(plans, 50);
    // A file `{a,b}` holds entries and a comma each, less the last comma.
    const total = files.reduce((sum, json) => sum + json.length - (json === '{}' ? 2 : 1), 0);
    expect(files.length).toBe(Math.ceil(total / 50));
  });
});

describe('reading phrases while typing', () => {
  it('waits for the last word of a phrase not yet closed', () => {
    expect(readPhrases('"sea level ri', true)).toEqual([['sea', 'level']]);
  });

  it('asks the whole phrase once it is closed', () => {
    expect(readPhrases('"sea level ri"', true)).toEqual([['sea', 'level', 'ri']]);
  });
});
