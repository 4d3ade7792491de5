// Data-parallel shards: which rows of a batch a worker computes, so k shards' losses and gradients sum to the full batch's.
import type { Tensor } from '../tensor.ts';
import type { TrainingTask } from '../train/registry.ts';

/** Worker `index` of `count` in a data-parallel step. */
export interface Shard {
  index: number;
  count: number;
}

/**
 * Rows [start, end) of a batch of B rows for a shard: ⌊index·B/count⌋ … ⌊(index+1)·B/count⌋, as even as
 * integers allow, contiguous, covering the batch exactly once. No shard: the whole batch.
 */
export function shardRange(B: number, shard?: Shard): [number, number] {
  if (shard === undefined) return [0, B];
  const { index, count } = shard;
  if (!Number.isInteger(count) || count < 1 || count > B)
    throw new Error(`shard: count must be an integer from 1 to the batch size ${B}, got ${count}`);
  if (!Number.isInteger(index) || index < 0 || index >= count)
    throw new Error(`shard: index must be an integer in [0, ${count}), got ${index}`);
  return [Math.floor((index * B) / count), Math.floor(((index + 1) * B) / count)];
}

/**
 * A task that can compute its share of a step: with a shard it draws exactly the batch it draws without
 * (same rng calls, same order, same dropout masks), computes only its rows and scales by rows/B_total,
 * so the k shards' losses and gradients sum to the full batch's. Without a shard it is the whole step.
 */
export interface ShardableTask extends TrainingTask {
  loss(step: number, shard?: Shard): { loss: Tensor; accuracy?: number };
}
