// The shard contract in the book's tasks that keep it: k shards' losses and gradients sum to the full batch's.
import { describe, expect, it } from 'vitest';
import { Rng } from '../engine/index.ts';
import { expectShardsSum } from './__tests__/expectShardsSum.ts';
import { bookTasks } from './bookTasks.ts';
import { charRnnTask } from './charRnn.ts';
import { longLagTask } from './longLag.ts';

describe('the shard contract', () => {
  it('char-rnn: 1, 2, 3 and 8 shards of a batch of 8 sum to the whole batch', () => {
    expectShardsSum(charRnnTask, { ...charRnnTask.defaults, hidden: 6, window: 5 }, [1, 2, 3, 8]);
  });

  for (const cell of ['rnn', 'lstm', 'gru', 'transformer'] as const) {
    it(`long-lag (${cell}): 1, 2 and 3 shards of a batch of 7 sum to the whole batch, accuracy too`, () => {
      const config = { ...longLagTask.defaults, cell, hidden: 4, lag: 5, batch: 7 };
      expectShardsSum(longLagTask, config, [1, 2, 3]);
    });
  }

  it('refuses more shards than the batch has rows', () => {
    const task = longLagTask.create({ ...longLagTask.defaults, batch: 2, lag: 2 }, new Rng(1));
    expect(() => task.loss(1, { index: 0, count: 3 })).toThrow(
      'a batch of 2 rows cannot be split into 3 shards',
    );
  });

  it('is declared by the tasks that keep it and by no other', () => {
    const sharded = bookTasks.names().filter((name) => bookTasks.describe(name).shards);
    expect(sharded.sort()).toEqual(['char-rnn', 'induction', 'long-lag', 'tiny-gpt']);
  });
});
