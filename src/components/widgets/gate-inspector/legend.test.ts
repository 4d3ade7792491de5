// The gate inspector's colour key names the ends of the scale the squares use and the extremes shown.
import { describe, expect, it } from 'vitest';
import { defaults } from '../../figure/stateSchema.ts';
import { extremes, legendText } from './legend.ts';
import { gateInspectorModel } from './model.ts';
import { gateInspectorSchema } from './state.ts';

describe('gate inspector colour key', () => {
  it("the bottom grid's key ends at the largest |C| over every step and unit, and says the extremes shown", () => {
    const m = gateInspectorModel(defaults(gateInspectorSchema));
    const all = m.steps.flatMap((s) => s.c);
    const cMax = Math.max(1, ...all.map(Math.abs));
    const text = legendText('C over time', cMax, extremes(all));
    const { min, max } = extremes(all);
    expect(min).toBeLessThan(0);
    expect(max).toBeGreaterThan(0);
    expect(text).toMatch(
      /^C over time: blue −\d\.\d\d, background 0, orange \d\.\d\d; shown here from −?\d\.\d\d to \d\.\d\d\.$/,
    );
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('no values: extremes are 0, never ±Infinity', () => {
    expect(extremes([])).toEqual({ min: 0, max: 0 });
  });
});
