// The gradient highway: real backward passes through an RNN, an LSTM and a GRU of the same length and seed.
import { describe, expect, it } from 'vitest';
import { defaults } from '../../figure/stateSchema.ts';
import { gateHighwayModel } from './model.ts';
import { gateHighwaySchema } from './state.ts';

const base = defaults(gateHighwaySchema);

describe('gradient highway model', () => {
  it('at the defaults the LSTM cell state carries far more gradient to step 1 than the RNN', () => {
    const m = gateHighwayModel(base);
    expect(m.series.rnn).toHaveLength(50);
    expect(m.series.lstmC[49]).toBeCloseTo(1, 12);
    expect(m.first.rnn).toBeLessThan(1e-3);
    expect(m.first.lstmC).toBeGreaterThan(100 * (m.first.rnn as number));
    expect(m.first.gru).toBeGreaterThan(100 * (m.first.rnn as number));
  });

  it('the cell-state gradient shrinks within two orders of magnitude of the product of the forget gates', () => {
    const m = gateHighwayModel(base);
    const ratio = (m.first.lstmC as number) / m.forgetProduct;
    expect(ratio).toBeGreaterThan(0.01);
    expect(ratio).toBeLessThan(100);
  });

  it('a keep bias of 0 closes the highway: the LSTM loses its gradient too', () => {
    const m = gateHighwayModel({ ...base, keepBias: 0, steps: 100 });
    expect(m.first.lstmC).toBeLessThan(1e-6);
  });

  it('never returns a non-finite share at the ends of every slider', () => {
    for (const steps of [2, 200])
      for (const keepBias of [0, 6])
        for (const radius of [0.1, 1.5]) {
          const m = gateHighwayModel({ ...base, steps, keepBias, radius, hidden: 2 });
          for (const v of Object.values(m.first)) expect(v === null || Number.isFinite(v)).toBe(true);
        }
  });
});
