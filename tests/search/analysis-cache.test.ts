// The per-plan analysis cache (src/site/search/analysis-cache.ts): a rebuild after one plan
// changed analyses only that plan, and the index it makes is the one a fresh analysis makes.
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LearningPlan } from '../../src/record/schema.ts';
import { buildSearchData, searchablePlans } from '../../src/site/search/build.ts';
import { AnalysisCache } from '../../src/site/search/analysis-cache.ts';
import { fixturePlans } from './fixtures.ts';

const tmpRoot = fileURLToPath(new URL('../.tmp/', import.meta.url));
const cacheFile = 'search-analysis.ndjson';
/** The plans the index holds (drafts are left out). */
const indexed = searchablePlans(fixturePlans).length;

beforeAll(async () => {
  await mkdir(tmpRoot, { recursive: true });
});

async function fresh(): Promise<string> {
  return mkdtemp(join(tmpRoot, 'analysis-cache-'));
}

/** The index of `plans` built through the cache in `dir`, with the cache's hits and misses. */
function cachedBuild(
  plans: LearningPlan[],
  dir: string,
  version?: string,
): { files: Map<string, string>; hits: number; misses: number } {
  const cache = AnalysisCache.open(dir, version);
  const { files } = buildSearchData(plans, {}, cache.analyse);
  cache.save();
  return { files, hits: cache.hits, misses: cache.misses };
}

/** The same plans with one answer made longer (new words, and a word repeated). */
function edited(plans: LearningPlan[]): LearningPlan[] {
  const [first, ...rest] = plans as [LearningPlan, ...LearningPlan[]];
  const sections = structuredClone(first.sections);
  const item = sections[0]!.items[0]!;
  if (item.kind === 'item' && item.answer) item.answer.text += ' Quinoa terraces, quinoa seed.';
  return [{ ...first, sections }, ...rest];
}

describe('the search analysis cache', () => {
  it('makes the same index files from kept analyses as a fresh analysis', async () => {
    const dir = await fresh();
    const first = cachedBuild(fixturePlans, dir);
    const second = cachedBuild(fixturePlans, dir);
    expect(first.misses).toBe(indexed);
    expect(second).toMatchObject({ hits: indexed, misses: 0 });
    expect(second.files).toEqual(buildSearchData(fixturePlans).files);
  });

  it('analyses again only the plan that changed, and the index is a fresh one', async () => {
    const dir = await fresh();
    cachedBuild(fixturePlans, dir);
    const changed = edited(fixturePlans);
    const rebuilt = cachedBuild(changed, dir);
    expect(rebuilt).toMatchObject({ hits: indexed - 1, misses: 1 });
    expect(rebuilt.files).toEqual(buildSearchData(changed).files);
    expect(rebuilt.files).not.toEqual(buildSearchData(fixturePlans).files);
  });

  it('keeps only the analyses of the last build', async () => {
    const dir = await fresh();
    cachedBuild(fixturePlans, dir);
    cachedBuild(edited(fixturePlans), dir);
    const lines = (await readFile(join(dir, cacheFile), 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(indexed);
  });

  it('uses no analysis kept by other analysis code', async () => {
    const dir = await fresh();
    cachedBuild(fixturePlans, dir, 'code before');
    expect(cachedBuild(fixturePlans, dir, 'code after')).toMatchObject({
      hits: 0,
      misses: indexed,
    });
  });

  it('analyses afresh a plan whose kept line is damaged', async () => {
    const dir = await fresh();
    cachedBuild(fixturePlans, dir);
    const file = join(dir, cacheFile);
    const lines = (await readFile(file, 'utf8')).split('\n');
    lines[0] = `${lines[0]!.split('\t')[0]}\t{"fields":`;
    await writeFile(file, lines.join('\n'));
    const again = cachedBuild(fixturePlans, dir);
    expect(again).toMatchObject({ hits: indexed - 1, misses: 1 });
    expect(again.files).toEqual(buildSearchData(fixturePlans).files);
  });
});
