// Tests of the 'induction' task: the data, shards summing to the full step, and the copy losses evaluate() reports.
import { describe, expect, it } from 'vitest';
import { Rng, Tape } from '../engine/index.ts';
import { bookTasks } from './bookTasks.ts';
import { Trainer } from './trainer.ts';
import {
  createInduction,
  type InductionConfig,
  inductionTask,
  probeSequence,
  repeatedSequences,
} from './induction.ts';

const small: InductionConfig = {
  ...inductionTask.defaults,
  vocab: 5,
  half: 4,
  d: 8,
  heads: 2,
  batch: 5,
  evalSequences: 4,
};

describe('induction task', () => {
  it('draws L random tokens then the same L again, with no target after the last', () => {
    const { tokens, targets } = repeatedSequences(new Rng(1), 2, 3, 7);
    expect(tokens.slice(0, 3)).toEqual(tokens.slice(3, 6));
    expect(tokens.slice(6, 9)).toEqual(tokens.slice(9, 12));
    expect(targets[5]).toBe(-1);
    expect(targets.slice(0, 5)).toEqual(tokens.slice(1, 6));
  });

  it('k shards (k = 1, 2, 3) have losses and gradients summing to the full batch’s', () => {
    const task = createInduction(small, new Rng(3));
    const params = Object.values(task.params);
    const run = (shard?: { index: number; count: number }) => {
      for (const p of params) p.zeroGrad();
      const tape = new Tape();
      const out = tape.run(() => task.loss(2, shard));
      tape.backward(out.loss);
      return { loss: out.loss.item(), grads: params.map((p) => Array.from(p.grad as Float64Array)) };
    };
    const full = run();
    for (const k of [1, 2, 3]) {
      const parts = Array.from({ length: k }, (_, index) => run({ index, count: k }));
      expect(Math.abs(parts.reduce((s, p) => s + p.loss, 0) - full.loss)).toBeLessThan(1e-12);
      for (const [i, g] of full.grads.entries())
        for (let j = 0; j < g.length; j++)
          expect(Math.abs(parts.reduce((s, p) => s + p.grads[i][j], 0) - g[j])).toBeLessThan(1e-12);
    }
  });

  it('evaluate() reports first- and second-copy losses near ln V before training', () => {
    const task = inductionTask.create(small, new Rng(4));
    const r = task.evaluate?.() ?? {};
    for (const key of ['firstCopyLoss', 'secondCopyLoss']) {
      expect(r[key]).toBeGreaterThan(0.9 * Math.log(5));
      expect(r[key]).toBeLessThan(1.1 * Math.log(5));
    }
  });

  it('evaluate() also reports every head’s causal attention on the probe: rows that sum to 1 over keys up to the query', () => {
    const task = inductionTask.create(small, new Rng(4));
    const r = task.evaluate?.() ?? {};
    const T = probeSequence(small).tokens.length;
    expect(T).toBe(2 * small.half);
    for (let l = 0; l < small.layers; l++)
      for (let h = 0; h < small.heads; h++)
        for (let i = 0; i < T; i++) {
          let sum = 0;
          for (let j = 0; j <= i; j++) sum += r[`attn.${l}.${h}.${i}.${j}`];
          expect(Math.abs(sum - 1)).toBeLessThan(1e-9);
          expect(r[`attn.${l}.${h}.${i}.${i + 1}`]).toBeUndefined();
        }
  });

  it('is registered in the book’s registry', () => {
    expect(bookTasks.names()).toContain('induction');
  });

  it('with minHalf below half, each sequence puts its repeat at its own distance, after random filler', () => {
    const { tokens, targets, halves } = repeatedSequences(new Rng(5), 20, 6, 50, 3);
    expect(new Set(halves).size).toBeGreaterThan(1);
    for (const [b, l] of halves.entries()) {
      expect(l >= 3 && l <= 6).toBe(true);
      const s = tokens.slice(b * 12, (b + 1) * 12);
      expect(s.slice(12 - 2 * l, 12 - l)).toEqual(s.slice(12 - l));
      expect(targets[b * 12 + 11]).toBe(-1);
    }
    // minHalf = half is the fixed layout, drawn exactly as before
    expect(repeatedSequences(new Rng(1), 2, 3, 7, 3).tokens).toEqual(
      repeatedSequences(new Rng(1), 2, 3, 7).tokens,
    );
  });

  it('with one fixed layout and learned positions, the copy forms within 150 steps by position: no first-layer head looks at the previous token (Chapter 8 says so)', () => {
    const trainer = new Trainer({
      task: 'induction',
      config: { minHalf: 12, positions: 'learned', embeddingStd: 0.02 },
      seed: 1,
      optimizer: inductionTask.optimizer,
    });
    for (let s = 0; s < 150; s++) trainer.step();
    const m = trainer.evaluate();
    expect(m.secondCopyLoss).toBeLessThan(0.5 * m.firstCopyLoss);
    // mean weight of each first-layer head on the token just before, over the probe's queries
    const T = 24;
    for (let h = 0; h < 2; h++) {
      let prev = 0;
      for (let i = 1; i < T; i++) prev += m[`attn.0.${h}.${i}.${i - 1}`];
      expect(prev / (T - 1)).toBeLessThan(0.5);
    }
  }, 60_000);
});
