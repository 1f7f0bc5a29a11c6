// Bounded concurrency for file I/O. Thousands of writes started at once each hold a file open
// until the thread pool gets to them, and a cold build of 20,000 documents ran out of file
// descriptors (EMFILE). Every loop over many files goes through here instead of Promise.all.

/** Files open at once: enough to keep the thread pool (4 threads) and a disk busy. */
export const ioLimit = 16;

/**
 * `fn` on every item, at most `limit` at a time, in order of the items; resolves when all are
 * done, or rejects with the first failure once the running ones have settled (none starts after).
 */
export async function eachLimited<T>(
  items: Iterable<T>,
  fn: (item: T) => Promise<unknown>,
  limit = ioLimit,
): Promise<void> {
  const iterator = items[Symbol.iterator]();
  let failed = false;
  const lane = async (): Promise<void> => {
    for (let next = iterator.next(); !next.done && !failed; next = iterator.next()) {
      try {
        await fn(next.value);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const settled = await Promise.allSettled(Array.from({ length: Math.max(1, limit) }, lane));
  const rejected = settled.find((s) => s.status === 'rejected');
  if (rejected) throw rejected.reason;
}
