// Rebuilds one at a time. A request that comes while a rebuild runs is kept and runs after it,
// so the last change is always built; any number of requests during one rebuild make one more,
// since a rebuild reads every document anyway. A failed rebuild does not stop the next.

export interface RebuildQueue {
  /** Ask for a rebuild: now when none runs, else after the running one. */
  request(): void;
  /** Resolves when no rebuild runs and none is waiting. */
  idle(): Promise<void>;
}

export function rebuildQueue(
  rebuild: () => Promise<void>,
  onError: (error: unknown) => void,
): RebuildQueue {
  let waiting = false;
  // `busy` is set and cleared in the same synchronous steps that read `waiting`, so no request
  // can fall between the last check and the end of the loop.
  let busy = false;
  let draining: Promise<void> = Promise.resolve();

  async function drain(): Promise<void> {
    busy = true;
    while (waiting) {
      waiting = false;
      try {
        await rebuild();
      } catch (error) {
        onError(error);
      }
    }
    busy = false;
  }

  return {
    request() {
      waiting = true;
      if (!busy) draining = drain();
    },
    idle: () => draining,
  };
}
