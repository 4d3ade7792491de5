// The gradient-flow layout: one description of the chart for the static first frame and the live view.
import { describe, expect, it } from 'vitest';
import { defaults } from '../../figure/stateSchema.ts';
import { chartRange, offChartText } from './chartRange.ts';
import { gradientFlowLayout, H, W } from './gradientFlowLayout.ts';
import { gradientFlowModel } from './model.ts';
import { gradientFlowSchema } from './state.ts';

const d = defaults(gradientFlowSchema);

/** The points of an M/L path, as [x, y] pairs. */
const points = (path: string | null) =>
  [...(path ?? '').matchAll(/[ML](-?[\d.e-]+),(-?[\d.e-]+)/g)].map((p) => [Number(p[1]), Number(p[2])]);
const translate = (t: string) =>
  t
    .match(/translate\((-?[\d.]+),(-?[\d.]+)\)/)
    ?.slice(1)
    .map(Number) ?? [];

describe('gradient-flow layout', () => {
  it('at the defaults the y axis labels every decade tick of the chart range, the top one at the top', () => {
    const m = gradientFlowModel(d);
    const l = gradientFlowLayout(m);
    const { ticks } = chartRange(m);
    expect(l.yAxis.ticks).toHaveLength(ticks.length);
    const ys = l.yAxis.ticks.map((t) => translate(t.transform)[1]);
    // log ticks fall from the bottom of the plot to its top, evenly spaced
    expect(ys[0]).toBeGreaterThan(ys[ys.length - 1]);
    const gaps = ys.slice(1).map((y, i) => ys[i] - y);
    for (const g of gaps) expect(g).toBeCloseTo(gaps[0], 6);
    expect(l.yAxis.ticks.every((t) => /^10/.test(t.label))).toBe(true);
  });

  it('labels steps along the bottom with whole numbers from 1 to T, left to right', () => {
    const m = gradientFlowModel(d);
    const l = gradientFlowLayout(m);
    const labels = l.xAxis.ticks.map((t) => Number(t.label));
    expect(labels.length).toBeGreaterThanOrEqual(4);
    expect(labels.every((v) => Number.isInteger(v) && v >= 1 && v <= m.T)).toBe(true);
    const xs = l.xAxis.ticks.map((t) => translate(t.transform)[0]);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(Math.max(...xs)).toBeLessThanOrEqual(W);
  });

  it('draws the measured curve through every step from the left edge to the right, inside the chart', () => {
    const m = gradientFlowModel(d);
    const l = gradientFlowLayout(m);
    const pts = points(l.measured);
    expect(pts).toHaveLength(m.T);
    expect(pts[0][0]).toBeLessThan(pts[pts.length - 1][0]);
    // the last step's share is 1 by definition, so both curves end at the same height
    expect(pts[pts.length - 1][1]).toBeCloseTo(points(l.bound).at(-1)?.[1] as number, 2);
    for (const [, y] of pts) expect(y).toBeGreaterThanOrEqual(0);
    for (const [, y] of pts) expect(y).toBeLessThanOrEqual(H);
  });

  it('stacks the bands top to bottom, exploding above stable above vanishing, touching', () => {
    const l = gradientFlowLayout(gradientFlowModel(d));
    expect(l.bands.map((b) => b.name)).toEqual(['exploding', 'stable', 'vanishing']);
    for (let i = 1; i < l.bands.length; i++)
      expect(l.bands[i].y).toBeCloseTo(l.bands[i - 1].y + l.bands[i - 1].height, 6);
    for (const b of l.bands) expect(b.labelY).toBeGreaterThan(b.y);
  });

  it('at the defaults nothing is off the chart: no marks, no note, no warning', () => {
    const l = gradientFlowLayout(gradientFlowModel(d));
    expect(l.offMarks).toEqual([]);
    expect(l.offNote).toBeNull();
    expect(l.warning).toBeNull();
    expect(l.readout).toMatch(/Share of the last step's gradient that reaches h₁: .* \(vanishing\)\.$/);
  });

  it('tanh at radius 0.5: the measured curve is cut at the floor, marked ▼ where it leaves, and said to be', () => {
    const m = gradientFlowModel({ ...d, radius: 0.5 });
    const l = gradientFlowLayout(m);
    const { off } = chartRange(m);
    const mark = l.offMarks.find((o) => o.className === 'gf-off-mark gf-off-measured');
    expect(mark?.text).toBe('▼');
    const pts = points(l.measured);
    expect(pts.length).toBeLessThan(m.T);
    // the mark stands at the step where the curve leaves the chart, the curve's first point left on it
    expect(mark?.x).toBeCloseTo(pts[0][0], 2);
    expect(l.offNote).toBe(offChartText(off));
    expect(l.ariaLabel).toContain(offChartText(off));
  });

  it('an overflow is warned about, and nothing drawn or written holds NaN, Infinity or undefined', () => {
    const m = gradientFlowModel({ ...d, act: 'linear', radius: 3, steps: 200, hidden: 64 });
    const l = gradientFlowLayout(m);
    if (m.overflow) {
      expect(l.warning).toContain(`overflow at step ${m.overflow.step}`);
      expect(l.readout).not.toContain('Share');
    }
    expect(JSON.stringify(l)).not.toMatch(/NaN|Infinity|undefined/);
  });
});
