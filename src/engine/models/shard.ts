// Data-parallel shards as the transformer code uses them: the same contract and row split as the trainer's
// (train/registry.ts, train/shardRows.ts), as a [start, end) pair.
import type { Shard, TrainingTask } from '../train/registry.ts';
import { shardRows } from '../train/shardRows.ts';

export type { Shard };

/** Rows [start, end) of a batch of B rows for a shard (see shardRows); no shard: the whole batch. */
export function shardRange(B: number, shard?: Shard): [number, number] {
  const { start, end } = shardRows(B, shard);
  return [start, end];
}

/** Every training task can now compute its share of a step (TrainingTask.loss takes an optional shard). */
export type ShardableTask = TrainingTask;
