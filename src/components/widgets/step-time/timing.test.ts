// The step timer: a warm-up step is not timed, one step sizes the batches, and each point is the median of the batches' milliseconds per step; every racer trains at the figure's lengths without an error.
import { describe, expect, it } from 'vitest';
import { RACERS } from '../../models/raceRacers.ts';
import { timeSteps } from './timing.ts';
import { BATCH_MS, CELLS, timeCell } from './timingCells.ts';

describe('timeCell', () => {
  it('warms up, sizes batches to about BATCH_MS, runs one batch untimed, and gives the median milliseconds per step', async () => {
    let t = 0;
    const calls: number[] = [];
    // a step takes 2 ms, except the third timed batch, slowed to 5 ms a step (the median ignores it)
    const steps = (k: number) => {
      calls.push(k);
      t += k * (calls.length === 6 ? 5 : 2);
    };
    expect(await timeCell(steps, 3, () => t)).toBe(2);
    const k = BATCH_MS / 2;
    expect(calls).toEqual([1, 1, k, k, k, k]);
  });

  it('waits for steps that resolve later (a worker’s reply)', async () => {
    let t = 0;
    const steps = (k: number) =>
      new Promise<void>((resolve) =>
        setTimeout(() => {
          t += k * 30;
          resolve();
        }, 0),
      );
    // 30 ms a step is past BATCH_MS, so every batch is one step
    expect(await timeCell(steps, 3, () => t)).toBe(30);
  });
});

describe('timeSteps', () => {
  it('times all four racers at the figure’s shortest length (5 lengths × 4 models in all)', async () => {
    expect(CELLS).toHaveLength(20);
    for (const racer of RACERS) expect((await timeSteps(racer, 25, 1)).ms).toBeGreaterThan(0);
  });
});
