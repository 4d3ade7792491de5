// Specification of the common recurrent-layer interface over the three cells.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectArrayClose, randConst, Rng } from '../__tests__/helpers.ts';
import { addN } from '../ops/elementwise.ts';
import { sum } from '../ops/reduce.ts';
import { Tape } from '../tape.ts';
import type { Tensor } from '../tensor.ts';
import { type CellKind, hiddenSize, initialState, layerParams, recurrent, unroll } from './recurrent.ts';

describe('recurrent layers', () => {
  for (const kind of ['rnn', 'lstm', 'gru'] as CellKind[]) {
    it(`${kind}: unroll returns one state per step, with h of shape [B, H], fused equal to composed`, () => {
      const layer = recurrent(new Rng(140), { kind, inputSize: 3, hiddenSize: 5 });
      expect(hiddenSize(layer)).toBe(5);
      const xs = Array.from({ length: 4 }, (_, t) => randConst(new Rng(t), 2, 3));
      const tape = new Tape();
      const fused = tape.run(() => unroll(layer, xs));
      const composed = tape.run(() => unroll(layer, xs, undefined, { composed: true }));
      expect(fused.map((s) => s.h.shape)).toEqual([
        [2, 5],
        [2, 5],
        [2, 5],
        [2, 5],
      ]);
      expect(fused[3].c === null).toBe(kind !== 'lstm');
      for (let t = 0; t < 4; t++) expectArrayClose(fused[t].h.data, composed[t].h.data);
      tape.backward(tape.run(() => sum(addN(fused.map((s) => s.h)))));
      for (const p of Object.values(layerParams(layer)))
        expect((p.grad as Float64Array).some((v) => v !== 0)).toBe(true);
    });
  }

  it('starts from zeros and keeps the RNN activation and spectral radius options', () => {
    const layer = recurrent(new Rng(141), {
      kind: 'rnn',
      inputSize: 2,
      hiddenSize: 3,
      activation: 'relu',
      radius: 0.5,
    });
    expect(layer.kind === 'rnn' && layer.activation).toBe('relu');
    expect(Array.from(initialState(layer, 2).h.data)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(Object.keys(layerParams(layer))).toEqual(['Wxh', 'Whh', 'b']);
  });

  it('fused and composed steps agree for any small batch, input and hidden size, for every cell', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<CellKind>('rnn', 'lstm', 'gru'),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer(),
        (kind, B, D, H, seed) => {
          const rng = new Rng(seed);
          const layer = recurrent(rng, { kind, inputSize: D, hiddenSize: H, activation: 'sigmoid' });
          const xs = [randConst(rng, B, D), randConst(rng, B, D)];
          const fused = unroll(layer, xs);
          const composed = unroll(layer, xs, undefined, { composed: true });
          expect(fused[1].h.shape).toEqual([B, H]);
          expectArrayClose(fused[1].h.data, composed[1].h.data);
          if (kind === 'lstm') expectArrayClose((fused[1].c as Tensor).data, (composed[1].c as Tensor).data);
        },
      ),
      { numRuns: 30 },
    );
  });
});
