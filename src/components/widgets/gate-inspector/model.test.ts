// The gate inspector computes the engine's LSTM step, and pinning f = 1, i = 0 makes the cell carry its value.
import { describe, expect, it } from 'vitest';
import { lstmCell, lstmParams, Rng, Tape, tensor } from '../../../engine/index.ts';
import { defaults } from '../../figure/stateSchema.ts';
import { gateInspectorModel, INPUTS, UNITS } from './model.ts';
import { gateInspectorSchema } from './state.ts';

const base = defaults(gateInspectorSchema);

describe('gate inspector model', () => {
  it('without overrides the first two steps match the engine lstmCell', () => {
    const m = gateInspectorModel(base);
    const rng = new Rng(base.seed);
    const p = lstmParams(rng, INPUTS, UNITS, { forgetBias: 1 });
    const xs = Array.from({ length: 12 }, () => Array.from({ length: INPUTS }, () => 1.5 * rng.normal()));
    const tape = new Tape();
    tape.run(() => {
      let h = tensor(1, UNITS);
      let c = tensor(1, UNITS);
      for (let t = 0; t < 2; t++) {
        const r = lstmCell(tensor(1, INPUTS, xs[t]), h, c, p);
        h = r.h;
        c = r.c;
        for (let j = 0; j < UNITS; j++) {
          expect(m.steps[t].c[j]).toBeCloseTo(c.data[j], 12);
          expect(m.steps[t].h[j]).toBeCloseTo(h.data[j], 12);
          expect(m.steps[t].f[j]).toBeCloseTo((r.gates as { data: Float64Array }).data[UNITS + j], 12);
        }
      }
    });
  });

  it('lstm keeps C_t unchanged when f = 1 and i = 0', () => {
    const m = gateInspectorModel({ ...base, pinF: true, pinI: true, pinFrom: 5 });
    expect(m.drift).toBe(0);
    expect(m.steps[11].c).toEqual(m.steps[3].c);
    expect(m.steps[3].c.some((v) => v !== 0)).toBe(true);
  });

  it('pinning only f = 1 lets the input gate keep adding to C', () => {
    expect(gateInspectorModel({ ...base, pinF: true, pinFrom: 5 }).drift).toBeGreaterThan(0.01);
    expect(gateInspectorModel(base).drift).toBeGreaterThan(0.01);
  });
});
