// Rebuilds run one at a time; none asked for is lost, and a failure does not stop the next.
import { describe, expect, test } from 'vitest';
import { rebuildQueue } from '../../src/serve/rebuild-queue.ts';

/** A rebuild that waits until the test lets it finish, recording how many have started. */
function gatedRebuild(): { run: () => Promise<void>; started: () => number; finish: () => void } {
  let started = 0;
  let release: (() => void) | null = null;
  return {
    run: () => {
      started++;
      return new Promise<void>((resolve) => (release = resolve));
    },
    started: () => started,
    finish: () => release?.(),
  };
}

/** Lets pending promise callbacks run. */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('rebuildQueue', () => {
  test('runs a rebuild asked for while one runs after it, not alongside it', async () => {
    const gate = gatedRebuild();
    const queue = rebuildQueue(gate.run, () => {});
    queue.request();
    queue.request();
    await settle();
    expect(gate.started()).toBe(1);
    gate.finish();
    await settle();
    expect(gate.started()).toBe(2);
    gate.finish();
    await queue.idle();
    expect(gate.started()).toBe(2);
  });

  test('makes many requests during one rebuild into one more rebuild', async () => {
    const gate = gatedRebuild();
    const queue = rebuildQueue(gate.run, () => {});
    queue.request();
    for (let i = 0; i < 5; i++) queue.request();
    gate.finish();
    await settle();
    gate.finish();
    await queue.idle();
    expect(gate.started()).toBe(2);
  });

  test('reports a failed rebuild and still runs the next one', async () => {
    const errors: unknown[] = [];
    let runs = 0;
    const queue = rebuildQueue(
      async () => {
        runs++;
        if (runs === 1) throw new Error('disk full');
      },
      (error) => errors.push(error),
    );
    queue.request();
    await queue.idle();
    queue.request();
    await queue.idle();
    expect(runs).toBe(2);
    expect(errors).toEqual([new Error('disk full')]);
  });

  test('starts again after a rebuild that threw before its first await', async () => {
    let runs = 0;
    const queue = rebuildQueue(
      () => {
        runs++;
        throw new Error('bad config');
      },
      () => {},
    );
    queue.request();
    await queue.idle();
    queue.request();
    await queue.idle();
    expect(runs).toBe(2);
  });
});
