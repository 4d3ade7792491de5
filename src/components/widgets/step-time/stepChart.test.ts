// The step-time chart's geometry and words: log axes whose labelled ends hold every point, growth from T = 100 to 400, and no NaN however few cells are timed.
import { describe, expect, it } from 'vitest';
import { growth, showMs, stepChart, stepText } from './stepChart.ts';
import type { Timing } from './timingCells.ts';
import { CELLS, median } from './timingCells.ts';

const linear: Timing[] = CELLS.map(({ racer, length }) => ({
  racer,
  length,
  ms: racer === 'transformer' ? (length / 100) ** 2 * 10 : length / 10,
}));

describe('step-time chart', () => {
  it('places every point inside the plot, the smallest length at the left edge and the largest at the right', () => {
    const g = stepChart(linear, 640);
    const dots = g.series.flatMap((s) => s.dots);
    expect(dots).toHaveLength(CELLS.length);
    for (const p of dots) {
      expect(p.x).toBeGreaterThanOrEqual(g.plot.left - 1e-9);
      expect(p.x).toBeLessThanOrEqual(g.plot.right + 1e-9);
      expect(p.y).toBeGreaterThanOrEqual(g.plot.top - 1e-9);
      expect(p.y).toBeLessThanOrEqual(g.plot.bottom + 1e-9);
    }
    expect(g.xTicks[0].x).toBeCloseTo(g.plot.left, 9);
    expect(g.xTicks.at(-1)?.x).toBeCloseTo(g.plot.right, 9);
  });

  it('reads growth ×4 for a cost linear in T and ×16 for a quadratic one', () => {
    const g = growth(linear);
    expect(g.rnn).toBeCloseTo(4, 12);
    expect(g.transformer).toBeCloseTo(16, 12);
    expect(stepText(linear)).toContain('×16.0 for the Transformer');
  });

  it('draws nothing and says so before any cell is timed; one timed cell gives a sentence without NaN', () => {
    expect(stepChart([], 400).series.every((s) => s.d === '')).toBe(true);
    expect(stepText([])).toBe('No step has been timed yet.');
    const one = stepText([{ racer: 'rnn', length: 25, ms: 0.5 }]);
    expect(one).not.toMatch(/NaN|undefined|Infinity/);
    expect(one).toContain('RNN 0.50 ms');
  });

  it('writes step times without exponents', () => {
    expect(showMs(338.999)).toBe('340');
    expect(showMs(25.47)).toBe('25');
    expect(showMs(1.422)).toBe('1.4');
    expect(showMs(0.6612)).toBe('0.66');
  });

  it('takes the median of the timed steps', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
