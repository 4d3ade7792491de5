// The log axis's decades: every value is inside the domain and the domain's two ends are labelled ticks.
import { describe, expect, it } from 'vitest';
import { logTicks } from './logTicks.ts';

describe('logTicks', () => {
  it("puts a tick at the top of the domain: the gradient highway's 1.8 over a 10⁻⁹ floor reads against a label", () => {
    const t = logTicks(9.7e-10, 1.77);
    expect(t.ticks[t.ticks.length - 1]).toBe(10 ** t.e1);
    expect(10 ** t.e1).toBeGreaterThanOrEqual(1.77);
    expect(t.ticks[0]).toBe(10 ** t.e0);
    expect(10 ** t.e0).toBeLessThanOrEqual(9.7e-10);
  });

  it('keeps at most about `most` steps, each a whole number of decades', () => {
    for (const [lo, hi] of [
      [1e-30, 1e4],
      [0.02, 150],
      [3e-7, 0.9],
      [1, 1],
    ]) {
      const t = logTicks(lo, hi, 5);
      expect(t.ticks.length).toBeLessThanOrEqual(7);
      expect(t.ticks.length).toBeGreaterThanOrEqual(2);
      expect(10 ** t.e1).toBeGreaterThanOrEqual(hi);
      expect(10 ** t.e0).toBeLessThanOrEqual(lo);
    }
  });
});
