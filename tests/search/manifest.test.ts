import { describe, expect, it } from 'vitest';
import { shardOf, shardsOfPrefix } from '../../src/common/search-format.ts';

const firsts = ['', 'cat', 'dog', 'dot'];

describe('finding shards', () => {
  it('finds the shard whose range holds a term', () => {
    expect([shardOf(firsts, 'apple'), shardOf(firsts, 'cat'), shardOf(firsts, 'dog')]).toEqual([
      0, 1, 2,
    ]);
  });

  it('finds the last shard for a term after every first term', () => {
    expect(shardOf(firsts, 'zebra')).toBe(3);
  });

  it('finds every shard a prefix range covers', () => {
    expect(shardsOfPrefix(firsts, 'do')).toEqual([1, 2, 3]);
  });

  it('finds one shard for a prefix inside a range', () => {
    expect(shardsOfPrefix(firsts, 'ca')).toEqual([0, 1]);
  });
});
