// The range files of a written index, read back whole: every shard's first key and the split
// shards' file counts, as one level (what the manifest held before it had two).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RangeFile, RangeKind } from '../../src/common/search-format.ts';

export async function readRanges(build: string, kind: RangeKind): Promise<RangeFile> {
  const folder = join(build, 'm', kind);
  const names = (await readdir(folder)).sort((a, b) => parseInt(a) - parseInt(b));
  const files = await Promise.all(
    names.map(async (name) => JSON.parse(await readFile(join(folder, name), 'utf8')) as RangeFile),
  );
  return { firsts: files.flatMap((f) => f.firsts), parts: files.flatMap((f) => f.parts) };
}
