// The manifest's shard locations in two levels (common/search-format.ts, `RangeIndex`): every
// search reads the root, so it holds one key per range of shards, and each range's file the
// first key of each of its shards. Ranges of about the square root of the shards keep both the
// root and a range file growing as that root, not as the archive.
import {
  rangeFile,
  type RangeFile,
  type RangeIndex,
  type RangeKind,
} from '../../common/search-format.ts';

/** Shards per range, at least `least` so a small index has one range and one file. */
export function rangeSize(shards: number, least = 32): number {
  return Math.max(least, Math.ceil(Math.sqrt(shards)));
}

/**
 * The root entry and the range files of shards starting at `firsts`; `parts` as `[shard,
 * files]` for the shards written as several files (term shards only).
 */
export function rangeFiles(
  kind: RangeKind,
  firsts: readonly string[],
  parts: readonly [number, number][] = [],
  per = rangeSize(firsts.length),
): { index: RangeIndex; files: Map<string, string> } {
  const files = new Map<string, string>();
  const ranges: string[] = [];
  for (let start = 0, j = 0; start < firsts.length || j === 0; start += per, j++) {
    const end = start + per;
    ranges.push(firsts[start] ?? '');
    const file: RangeFile = {
      firsts: firsts.slice(start, end),
      parts: parts.filter(([shard]) => shard >= start && shard < end),
    };
    files.set(rangeFile(kind, j), JSON.stringify(file));
  }
  return { index: { ranges, per }, files };
}
