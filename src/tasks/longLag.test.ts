// Tests of the long-lag task Chapter 5 races: gradients against central differences, determinism, and the race's outcome at lag 50.
import { describe, expect, it } from 'vitest';
import { Rng } from '../engine/index.ts';
import { expectGradsMatch } from './__tests__/expectGradsMatch.ts';
import { bookTasks } from './bookTasks.ts';
import { Trainer } from './trainer.ts';
import { longLagTask } from './longLag.ts';

const small = {
  hidden: 3,
  symbols: 2,
  lag: 4,
  batch: 2,
  radius: 0.9,
  keepBias: 2,
  heads: 1,
  layers: 1,
  mlp: 0,
};

describe('long-lag task', () => {
  for (const cell of ['rnn', 'lstm', 'gru'] as const) {
    it(`has gradients that match central differences (${cell})`, () => {
      const task = longLagTask.create({ ...small, cell }, new Rng(4));
      expectGradsMatch(() => task.loss(1).loss, Object.values(task.params));
    });
  }

  it('has gradients that match central differences (transformer, two layers with an MLP)', () => {
    const config = { ...longLagTask.defaults, ...small, cell: 'transformer' as const, hidden: 4 };
    const task = longLagTask.create({ ...config, heads: 2, layers: 2, mlp: 4 }, new Rng(4));
    expectGradsMatch(() => task.loss(1).loss, Object.values(task.params));
  });

  it('the transformer reads the same sequences: one cue row per sequence, its loss ln V at a uniform guess', () => {
    const config = { ...longLagTask.defaults, cell: 'transformer' as const, lag: 6, batch: 4 };
    const task = longLagTask.create(config, new Rng(2));
    for (const p of Object.values(task.params)) p.data.fill(0);
    // all weights zero: every logit is 0, so the loss at the cue is ln(2K + 1) and argmax picks id 0
    expect(task.loss(1).loss.item()).toBeCloseTo(Math.log(2 * config.symbols + 1), 12);
  });

  it('starts the GRU update gate and the LSTM forget gate at keepBias', () => {
    const gru = longLagTask.create({ ...longLagTask.defaults, cell: 'gru', hidden: 3 }, new Rng(1));
    expect(Array.from(gru.params.b.data.subarray(0, 3))).toEqual([5, 5, 5]);
    expect(Array.from(gru.params.b.data.subarray(3))).toEqual([0, 0, 0, 0, 0, 0]);
    const lstm = longLagTask.create({ ...longLagTask.defaults, hidden: 3 }, new Rng(1));
    expect(Array.from(lstm.params.b.data.subarray(3, 6))).toEqual([5, 5, 5]);
  });

  it('refuses a lag below 1', () => {
    expect(() => longLagTask.create({ ...longLagTask.defaults, lag: 0 }, new Rng(1))).toThrow(/lag/);
  });

  it('is registered, and the same seed gives the same losses', () => {
    expect(bookTasks.names()).toContain('long-lag');
    const run = () => {
      const t = new Trainer({ task: 'long-lag', seed: 3, clipNorm: 1, config: { lag: 6 } });
      return Array.from({ length: 5 }, () => t.step());
    };
    expect(run()).toEqual(run());
  });

  it('at lag 50 with seed 1, the LSTM and the GRU learn within 300 steps and the RNN stays near chance', () => {
    const acc: Record<string, number> = {};
    for (const cell of ['lstm', 'gru', 'rnn'] as const) {
      const t = new Trainer({ task: 'long-lag', seed: 1, clipNorm: 1, config: { cell } });
      for (let i = 0; i < 300; i++) expect(t.step().status).toBe('ok');
      acc[cell] = t.evaluate().accuracy;
    }
    expect(acc.lstm).toBeGreaterThan(0.95);
    expect(acc.gru).toBeGreaterThan(0.95);
    expect(acc.rnn).toBeLessThan(0.45);
  }, 120_000);
});
