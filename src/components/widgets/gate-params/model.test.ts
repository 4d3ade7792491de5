// The parameter counts are the sizes of the engine's own tensors, and they agree with the chapter's formulas.
import { describe, expect, it } from 'vitest';
import { decode } from '../../figure/stateSchema.ts';
import { gateParamsModel } from './model.ts';
import { gateParamsSchema } from './state.ts';

describe('parameter-count model', () => {
  it('counts 4H(H + D) + 4H for the LSTM and 3H(H + D) + 3H for the GRU at every size', () => {
    for (const [D, H] of [
      [1, 1],
      [10, 20],
      [7, 3],
      [256, 256],
    ]) {
      const m = gateParamsModel({ inputs: D, units: H });
      expect(m.lstm.total).toBe(4 * H * (H + D) + 4 * H);
      expect(m.gru.total).toBe(3 * H * (H + D) + 3 * H);
      expect(m.lstm.wShape).toEqual([4 * H, H + D]);
      expect(m.gru.biases).toBe(3 * H);
      expect(m.ratio).toBeCloseTo(0.75, 12);
    }
  });

  it('matches the exercise: D = 10, H = 20 gives 2480 and 1860', () => {
    const m = gateParamsModel({ inputs: 10, units: 20 });
    expect(m.lstm.total).toBe(2480);
    expect(m.gru.total).toBe(1860);
  });

  it('clamps extreme and junk sizes from a link to the bounds or the defaults', () => {
    const q = new URLSearchParams('p.inputs=100000&p.units=-3');
    expect(decode(gateParamsSchema, q, 'p').state).toEqual({ inputs: 256, units: 1 });
    const junk = decode(gateParamsSchema, new URLSearchParams('p.inputs=abc&p.units=NaN'), 'p');
    expect(junk.state).toEqual({ inputs: 10, units: 20 });
    expect(junk.rejected).toEqual(['inputs', 'units']);
  });
});
