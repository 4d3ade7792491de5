// Specification of the warm-up + cosine schedule and of how an optimiser spec's schedule reaches the Trainer's steps.
import { describe, expect, it } from 'vitest';
import { param, tensor } from '../create.ts';
import { mul } from '../ops/elementwise.ts';
import { sum } from '../ops/reduce.ts';
import type { Rng } from '../rng.ts';
import { TaskRegistry } from '../train/registry.ts';
import { Trainer } from '../train/trainer.ts';
import { SGD } from './optimizer.ts';
import { lrFactor, ScheduledOptimizer } from './schedule.ts';

const schedule = { type: 'warmup-cosine', warmup: 10, total: 110, minFactor: 0.1 } as const;

describe('warm-up then cosine decay', () => {
  it('rises linearly to 1 at the end of warm-up', () => {
    expect(lrFactor(schedule, 1)).toBeCloseTo(0.1, 15);
    expect(lrFactor(schedule, 5)).toBeCloseTo(0.5, 15);
    expect(lrFactor(schedule, 10)).toBe(1);
  });

  it('is halfway between 1 and the floor halfway through the decay, the floor at the end and after', () => {
    expect(lrFactor(schedule, 60)).toBeCloseTo(0.55, 15);
    expect(lrFactor(schedule, 110)).toBeCloseTo(0.1, 15);
    expect(lrFactor(schedule, 500)).toBeCloseTo(0.1, 15);
    expect(lrFactor({ type: 'warmup-cosine', warmup: 0, total: 4 }, 4)).toBeCloseTo(0.1, 15);
  });

  it('refuses warm-up not shorter than the run', () => {
    expect(() => lrFactor({ type: 'warmup-cosine', warmup: 5, total: 5 }, 1)).toThrow(
      'lr schedule: needs integers 0 ≤ warmup < total, got warmup 5, total 5',
    );
  });

  it('ScheduledOptimizer steps the inner optimiser at lr · factor, keeping lr as the base rate', () => {
    const p = param(1, 1, [0]);
    const opt = new ScheduledOptimizer(new SGD([p], { lr: 1 }), schedule);
    const moves: number[] = [];
    for (let s = 1; s <= 12; s++) {
      const before = p.data[0];
      p.grad?.set([-1]); // SGD moves by +lr_s
      opt.step();
      moves.push(p.data[0] - before);
    }
    for (let s = 1; s <= 12; s++) expect(moves[s - 1]).toBeCloseTo(lrFactor(schedule, s), 15);
    expect(opt.lr).toBe(1);
    expect(opt.currentLr).toBeCloseTo(lrFactor(schedule, 12), 15);
  });

  it('a schedule in the optimiser spec sets each Trainer step’s learning rate', () => {
    const registry = new TaskRegistry();
    registry.register({
      name: 'line',
      description: 'loss = −θ, so SGD moves θ by exactly the learning rate',
      defaults: {},
      create: (_c: object, _rng: Rng) => {
        const theta = param(1, 1, [0]);
        return { params: { theta }, loss: () => ({ loss: sum(mul(theta, tensor(1, 1, [-1]))) }) };
      },
    });
    const trainer = new Trainer(
      { task: 'line', optimizer: { type: 'sgd', lr: 2, schedule }, checkFinite: false },
      registry,
    );
    const theta = trainer.task.params.theta;
    let expected = 0;
    for (let s = 1; s <= 30; s++) {
      trainer.step();
      expected += 2 * lrFactor(schedule, s);
      expect(theta.data[0]).toBeCloseTo(expected, 12);
    }
  });
});
