// The gradient highway: real backward passes through an RNN, an LSTM and a GRU of the same length and seed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VANISHED } from '../../models/gradientFlow.ts';
import { defaults } from '../../figure/stateSchema.ts';
import { gateHighwayModel } from './model.ts';
import { gateHighwaySchema } from './state.ts';
import { readout, SERIES } from './view.ts';

const prose = readFileSync(
  new URL('../../../content/chapters/05-gates.mdx', import.meta.url),
  'utf8',
).replace(/\s+/g, ' ');

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

  it("draws the prose's 0.95⁴⁹ ≈ 0.08: the forget gates alone, multiplied along the cell, end near it", () => {
    const m = gateHighwayModel(base);
    // the prose rounds σ(3) to 0.95 first, then raises it to the 49th power
    const sigma = Number((1 / (1 + Math.exp(-base.keepBias))).toFixed(2));
    const worked = Number((sigma ** (base.steps - 1)).toFixed(2));
    expect(prose).toContain(`$0.95^{49} \\approx ${worked}$`);
    expect(m.series.cellPath[base.steps - 1]).toBe(1);
    expect(m.first.cellPath).toBe(m.forgetProduct);
    expect(Math.abs((m.forgetProduct as number) - worked) / worked).toBeLessThan(0.1);
    expect(SERIES.map((d) => d.key)).toContain('cellPath');
    expect(readout(m)).toContain(`the forget gates alone pass ${Number(m.forgetProduct.toPrecision(2))}`);
  });

  it('the measured cell state runs above the gates-alone product, as the prose explains', () => {
    const m = gateHighwayModel(base);
    expect(m.first.lstmC as number).toBeGreaterThan(m.forgetProduct);
    expect(prose).toContain(
      'The measured cell-state gradient runs above it, at the first step even above its size at $T$',
    );
    expect(m.first.lstmC as number).toBeGreaterThan(1);
  });

  it('exercise predict-bias-zero: at bias 0 and T = 100 the cell vanishes too, yet keeps over a hundred times the RNN', () => {
    const m = gateHighwayModel({ ...base, keepBias: 0, steps: 100 });
    const cell = m.first.lstmC as number;
    const rnn = m.first.rnn as number;
    expect(cell).toBeLessThan(VANISHED);
    expect(cell / rnn).toBeGreaterThan(100);
    expect(prose).toContain('No, it vanishes too, far below a thousandth, though still above the RNN');
    expect(prose).toContain('more than a hundred times the RNN');
  });
});
