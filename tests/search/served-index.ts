// A search index written for some plans and served over HTTP, with the files of one kind that
// each test's searches fetched recorded (fetch is stubbed to note them, then passed through).
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { SearchIndex } from '../../src/client/search/loader.ts';
import type { LearningPlan } from '../../src/record/schema.ts';
import type { SearchBuildOptions } from '../../src/site/search/build.ts';
import { writeSearchIndex } from '../../src/site/search/write.ts';
import { serveDir, type ServedDir } from '../browser/browser.ts';

export interface ServedIndex {
  /** The output folder the index was written to. */
  dir: string;
  open(): Promise<SearchIndex>;
  /** Names, under `folder`, of the files fetched since the test began. */
  fetched: string[];
}

/** Sets up the index before the file's tests and removes it after; `folder` is `t`, `n`... */
export function servedIndex(
  name: string,
  plans: LearningPlan[],
  options: SearchBuildOptions,
  folder: string,
): ServedIndex {
  const tmpRoot = fileURLToPath(new URL('../.tmp/', import.meta.url));
  let served: ServedDir;
  const pattern = new RegExp(`/${folder}/([^/]+\\.json)$`);
  const index: ServedIndex = {
    dir: '',
    open: () => SearchIndex.open(`${served.url}search/`),
    fetched: [],
  };
  beforeAll(async () => {
    await mkdir(tmpRoot, { recursive: true });
    index.dir = await mkdtemp(join(tmpRoot, `${name}-`));
    await writeSearchIndex(plans, index.dir, options);
    served = await serveDir(index.dir);
    const realFetch = globalThis.fetch;
    vi.stubGlobal('fetch', (url: string) => {
      const file = pattern.exec(url)?.[1];
      if (file !== undefined) index.fetched.push(file);
      return realFetch(url);
    });
  });
  afterEach(() => {
    index.fetched.length = 0;
  });
  afterAll(async () => {
    vi.unstubAllGlobals();
    await served.close();
    await rm(index.dir, { recursive: true, force: true });
  });
  return index;
}
