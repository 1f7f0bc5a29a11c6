// Work done a slice at a time, one task per slice, so that no task holds the page for long: a
// task over 50 ms delays a tap and counts as blocking time. The map's first draw comes first;
// the filters and the country shapes follow in slices.

export const nextTask = (): Promise<void> => new Promise((done) => setTimeout(done, 0));

/** Runs `work` on each item, yielding to the page after every `size` items. */
export async function inSlices<T>(
  items: readonly T[],
  size: number,
  work: (item: T) => void,
): Promise<void> {
  for (let start = 0; start < items.length; start += size) {
    if (start > 0) await nextTask();
    for (const item of items.slice(start, start + size)) work(item);
  }
}
