// Specification of AdamW: a step computed by hand, decay decoupled from the gradient scaling, and the 'adamw' spec.
import { describe, expect, it } from 'vitest';
import { param } from '../create.ts';
import { AdamW } from './adamw.ts';
import { Adam, createOptimizer } from './optimizer.ts';

describe('AdamW', () => {
  it('matches two steps computed by hand', () => {
    const p = param(1, 2, [1, -2]);
    const opt = new AdamW([p], { lr: 0.1, weightDecay: 0.5, beta1: 0.9, beta2: 0.999, eps: 1e-8 });
    const grads = [
      [0.3, -4],
      [0.1, 2],
    ];
    // by hand: θ ← θ(1 − lr·λ) − lr · m̂/(√v̂ + ε), with m, v the running moments and m̂, v̂ bias-corrected
    const theta = [1, -2];
    const m = [0, 0];
    const v = [0, 0];
    grads.forEach((g, s) => {
      const t = s + 1;
      for (let i = 0; i < 2; i++) {
        m[i] = 0.9 * m[i] + 0.1 * g[i];
        v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i];
        const mh = m[i] / (1 - 0.9 ** t);
        const vh = v[i] / (1 - 0.999 ** t);
        theta[i] = theta[i] * (1 - 0.1 * 0.5) - (0.1 * mh) / (Math.sqrt(vh) + 1e-8);
      }
      p.grad?.set(g);
      opt.step();
    });
    expect(p.data[0]).toBeCloseTo(theta[0], 14);
    expect(p.data[1]).toBeCloseTo(theta[1], 14);
    // the first step alone: 1·0.95 − 0.1·sign(0.3) = 0.85 (m̂/√v̂ = ±1 after one step)
    const q = param(1, 1, [1]);
    const one = new AdamW([q], { lr: 0.1, weightDecay: 0.5 });
    q.grad?.set([0.3]);
    one.step();
    expect(q.data[0]).toBeCloseTo(0.85, 7);
  });

  it('with weightDecay 0 it is Adam, and decay shrinks weights whatever the gradient scale', () => {
    const a = param(1, 2, [0.5, -1.5]);
    const b = param(1, 2, [0.5, -1.5]);
    const adam = new Adam([a], { lr: 0.05 });
    const adamw = new AdamW([b], { lr: 0.05, weightDecay: 0 });
    for (let s = 0; s < 5; s++) {
      a.grad?.set([s, 1 - s]);
      b.grad?.set([s, 1 - s]);
      adam.step();
      adamw.step();
    }
    expect(Array.from(b.data)).toEqual(Array.from(a.data));
    // zero gradient: Adam would not move; AdamW shrinks by exactly (1 − lr·λ)
    const c = param(1, 1, [2]);
    const opt = new AdamW([c], { lr: 0.1, weightDecay: 0.2 });
    opt.step();
    expect(c.data[0]).toBeCloseTo(2 * 0.98, 15);
  });

  it("createOptimizer builds it from { type: 'adamw' }", () => {
    const p = param(1, 1, [1]);
    const opt = createOptimizer([p], { type: 'adamw', lr: 0.1, weightDecay: 0.1 });
    expect(opt).toBeInstanceOf(AdamW);
    expect((opt as AdamW).weightDecay).toBe(0.1);
  });
});
