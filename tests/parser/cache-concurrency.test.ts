// The parse cache writes a cold build's thousands of entries a few at a time: one open file per
// new document at once ran a 20,000-document build out of file descriptors (EMFILE).
import { readdirSync, readlinkSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ParseCache } from '../../src/load/cache.ts';
import type { DocumentResult } from '../../src/load/document.ts';
import { ioLimit } from '../../src/io/limit.ts';

const fdFolder = '/proc/self/fd';
const canSeeFiles = process.platform === 'linux';

/** How many of this process's open files lie under `dir` (Linux: /proc/self/fd). */
function openUnder(dir: string): number {
  let open = 0;
  for (const fd of readdirSync(fdFolder)) {
    try {
      if (readlinkSync(join(fdFolder, fd)).startsWith(dir)) open++;
    } catch {
      // Closed between the listing and the look.
    }
  }
  return open;
}

test.skipIf(!canSeeFiles)(
  'the parse cache never has more than ioLimit files open while it stores 2,000 results',
  async () => {
    const dir = await mkdtemp(join(tmpdir(), 'plan-archive-cache-fds-'));
    try {
      const cache = new ParseCache(dir);
      const result: DocumentResult = { record: null, diagnostics: [] };
      const entries = Array.from({ length: 2000 }, (_, i) => ({
        key: i.toString(16).padStart(64, '0'),
        result,
      }));
      let most = 0;
      let sampling = true;
      // Look between every two I/O callbacks while the writes run.
      const sample = (): void => {
        most = Math.max(most, openUnder(dir));
        if (sampling) setImmediate(sample);
      };
      setImmediate(sample);
      await cache.setMany(entries);
      sampling = false;
      expect(cache.get(entries[1999]!.key)).toEqual(result);
      expect(most).toBeGreaterThan(0);
      expect(most).toBeLessThanOrEqual(ioLimit);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
);
