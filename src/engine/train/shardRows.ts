// Which rows of a batch a data-parallel shard owns: contiguous, as even as possible, the same on every worker.
import type { Shard } from './registry.ts';

/**
 * Rows [start, end) of a batch of B rows that `shard` owns; without a shard, all of them. Shard i of k
 * owns rows ⌊i·B/k⌋ … ⌊(i+1)·B/k⌋ − 1, so the shards tile the batch in order and their sizes differ
 * by at most one. A batch is never split into more shards than it has rows (an empty share would
 * have no loss to differentiate).
 */
export function shardRows(B: number, shard?: Shard): { start: number; end: number } {
  if (shard === undefined) return { start: 0, end: B };
  const { index, count } = shard;
  if (!Number.isInteger(count) || count < 1 || count > B)
    throw new Error(`a batch of ${B} rows cannot be split into ${count} shards (1 to ${B})`);
  if (!Number.isInteger(index) || index < 0 || index >= count)
    throw new Error(`shard index ${index} is outside 0…${count - 1}`);
  return { start: Math.floor((index * B) / count), end: Math.floor(((index + 1) * B) / count) };
}
