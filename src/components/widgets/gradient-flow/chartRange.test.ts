// A curve that leaves the gradient-flow chart is cut, marked and described, never drawn flat along an edge.
import { describe, expect, it } from 'vitest';
import { defaults } from '../../figure/stateSchema.ts';
import { chartRange, FLOOR, offChartText } from './chartRange.ts';
import { gradientFlowModel } from './model.ts';
import { gradientFlowSchema } from './state.ts';

const d = defaults(gradientFlowSchema);

describe('gradient-flow chart range', () => {
  it('at the defaults both curves fit: nothing is off the chart, and both ends are labelled', () => {
    const r = chartRange(gradientFlowModel(d));
    expect(r.off).toEqual([]);
    expect(r.ticks[0]).toBe(10 ** r.e0);
    expect(r.ticks[r.ticks.length - 1]).toBe(10 ** r.e1);
  });

  it('tanh at radius 0.5 falls below the 10⁻³⁰ floor: the note names the floor, the steps and the true value', () => {
    const m = gradientFlowModel({ ...d, radius: 0.5 });
    const r = chartRange(m);
    const below = r.off.find((o) => o.curve === 'measured' && o.side === 'below');
    expect(below).toBeDefined();
    expect(m.first as number).toBeLessThan(FLOOR);
    expect(below?.first).toBe(1);
    expect(below?.extreme).toBe(m.first);
    const text = offChartText(r.off);
    expect(text).toContain('The measured share is below the chart');
    expect(text).toMatch(/it reaches \d\.\d × 10⁻[⁰¹²³⁴⁵⁶⁷⁸⁹]+\./);
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('tanh at radius 3: the bound runs past the top and is said to, with the value it reaches', () => {
    const m = gradientFlowModel({ ...d, radius: 3 });
    const r = chartRange(m);
    const above = r.off.find((o) => o.curve === 'bound' && o.side === 'above');
    expect(above).toBeDefined();
    expect(above?.first).toBe(1);
    expect(above?.exit).toBe((above?.last as number) + 1);
    expect(offChartText(r.off)).toContain('The bound is above the chart');
  });

  it('a share that underflowed to exactly 0 is said to have, not printed as a number', () => {
    const m = gradientFlowModel({ ...d, act: 'sigmoid', radius: 0.1, steps: 200 });
    expect(m.first).toBe(0);
    expect(offChartText(chartRange(m).off)).toContain(
      'it reaches 0, below the smallest number a computer can hold',
    );
  });
});
