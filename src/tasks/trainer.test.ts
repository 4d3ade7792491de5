// The engine's Trainer on the book's tasks: learning, determinism, divergence, clipping and settings errors.
import { describe, expect, it } from 'vitest';
import { Trainer } from './trainer.ts';

describe('Trainer', () => {
  it('a small LSTM learns the recall task: loss under 0.05 within 150 steps for seed 1', () => {
    const t = new Trainer({ task: 'recall', config: { cell: 'lstm', lag: 5, hidden: 16 }, seed: 1 });
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 150 && best >= 0.05; i++) {
      const r = t.step();
      if (r.status !== 'ok') throw new Error(r.message);
      best = Math.min(best, r.loss);
    }
    expect(best).toBeLessThan(0.05);
    expect(t.evaluate().accuracy).toBeGreaterThan(0.95);
  });

  it('starts near chance: the first loss is about ln 4 for 4 symbols', () => {
    const r = new Trainer({ task: 'recall', seed: 3 }).step();
    expect(r.status === 'ok' && r.loss).toBeCloseTo(Math.log(4), 0);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const run = (seed: number) => {
      const t = new Trainer({ task: 'recall', config: { cell: 'gru', hidden: 8 }, seed });
      for (let i = 0; i < 15; i++) t.step();
      return { report: t.step(), w: Array.from(t.snapshot().W.data) };
    };
    expect(run(7)).toEqual(run(7));
    expect(run(7).w).not.toEqual(run(8).w);
  });

  it('catches a vanilla ReLU RNN blowing up under a huge learning rate', () => {
    const t = new Trainer({
      task: 'recall',
      config: { cell: 'rnn', activation: 'relu', radius: 3, lag: 20 },
      optimizer: { type: 'sgd', lr: 100 },
      seed: 2,
    });
    let r = t.step();
    for (let i = 0; i < 200 && r.status === 'ok'; i++) r = t.step();
    expect(r.status).toBe('diverged');
  });

  it('clips by norm and reports the pre-clip gradient norm', () => {
    const unclipped = new Trainer({ task: 'recall', seed: 4 }).step();
    const clipped = new Trainer({ task: 'recall', seed: 4, clipNorm: 1e-3 }).step();
    expect(clipped.status === 'ok' && clipped.gradNorm).toBe(unclipped.status === 'ok' && unclipped.gradNorm);
  });

  it('refuses an unknown task or setting with the names it knows', () => {
    expect(() => new Trainer({ task: 'nope' })).toThrow("unknown task 'nope' (registered: recall, reverse");
    expect(() => new Trainer({ task: 'recall', config: { lagg: 3 } })).toThrow(
      "task 'recall' has no setting 'lagg' (settings: cell,",
    );
  });

  it('trains the built-in seq2seq reverse task: token accuracy rises within 60 steps', () => {
    const t = new Trainer({ task: 'reverse', config: { length: 3, digits: 4, batch: 4 }, seed: 1 });
    const first = t.step();
    let last = first;
    for (let i = 0; i < 60; i++) last = t.step();
    if (first.status !== 'ok' || last.status !== 'ok') throw new Error('diverged');
    expect(last.loss).toBeLessThan(first.loss / 2);
  });
});
