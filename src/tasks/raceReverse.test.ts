// The reversal race's stream: the layout every model reads, the targets it is scored on and its held-out scores.
import { describe, expect, it } from 'vitest';
import { Rng, Trainer, TaskRegistry } from '../engine/index.ts';
import { raceReverseTask, reversalStream } from './raceReverse.ts';
import { BOS, EOS, PAD } from './reverse.ts';

describe('race-reverse', () => {
  it('left-pads the digits, writes BOS, then asks for the reversal and EOS at positions n … n + m', () => {
    const { input, want } = reversalStream([3, 4, 5], 4);
    expect(input).toEqual([PAD, 3, 4, 5, BOS, 5, 4, 3, PAD]);
    expect(want).toEqual([-1, -1, -1, -1, 5, 4, 3, EOS, -1]);
  });

  it('puts the digit wanted at position n + j at slot n − 1 − j for every length (one mirror)', () => {
    const n = 5;
    for (let m = 1; m <= n; m++) {
      const seq = Array.from({ length: m }, (_, i) => 3 + i);
      const { input, want } = reversalStream(seq, n);
      for (let j = 0; j < m; j++) expect(want[n + j]).toBe(input[n - 1 - j]);
    }
  });

  it('evaluates to a finite loss, exact match as its accuracy and a per-digit score, and refuses a length below 1', () => {
    const registry = new TaskRegistry();
    registry.register(raceReverseTask);
    const t = new Trainer(
      { task: 'race-reverse', config: { cell: 'rnn', hidden: 4, length: 3 }, seed: 1 },
      registry,
    );
    const e = t.evaluate();
    for (const k of ['loss', 'accuracy', 'exact', 'digit']) expect(Number.isFinite(e[k])).toBe(true);
    expect(e.accuracy).toBe(e.exact);
    expect(() => raceReverseTask.create({ ...raceReverseTask.defaults, length: 0 }, new Rng(1))).toThrow(
      /length must be a positive integer/,
    );
  });
});
