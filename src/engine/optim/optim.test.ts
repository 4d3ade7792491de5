// Specification of clipping and of the SGD, momentum, Nesterov and Adam updates.
import { describe, expect, it } from 'vitest';
import { param } from '../create.ts';
import { mul } from '../ops/elementwise.ts';
import { sum } from '../ops/reduce.ts';
import { Tape } from '../tape.ts';
import { clipGradNorm, clipGradValue, gradNorm } from './clip.ts';
import { Adam, createOptimizer, SGD } from './optimizer.ts';

describe('clipping', () => {
  it('clipGradNorm returns the pre-clip norm and rescales to maxNorm, keeping the direction', () => {
    const a = param(1, 2);
    const b = param(1, 1);
    a.grad?.set([3, 0]);
    b.grad?.set([4]);
    expect(clipGradNorm([a, b], 1)).toBe(5);
    expect(Array.from(a.grad as Float64Array)).toEqual([expect.closeTo(0.6, 15), 0]);
    expect(b.grad?.[0]).toBeCloseTo(0.8, 15);
    expect(gradNorm([a, b])).toBeCloseTo(1, 15);
  });

  it('clipGradNorm leaves gradients below the threshold untouched', () => {
    const a = param(1, 2);
    a.grad?.set([0.3, 0.4]);
    expect(clipGradNorm([a], 1)).toBeCloseTo(0.5, 15);
    expect(Array.from(a.grad as Float64Array)).toEqual([0.3, 0.4]);
  });

  it('clipGradValue clamps each element and returns the pre-clip norm', () => {
    const a = param(1, 3);
    a.grad?.set([-3, 0.5, 4]);
    expect(clipGradValue([a], 1)).toBeCloseTo(Math.hypot(3, 0.5, 4), 14);
    expect(Array.from(a.grad as Float64Array)).toEqual([-1, 0.5, 1]);
  });
});

/** Minimises f(θ) = Σ c ⊙ θ² (gradient 2cθ) for `steps` steps and returns θ. */
function minimise(
  make: (p: ReturnType<typeof param>) => { step(): void; zeroGrad(): void },
  steps: number,
): number[] {
  const theta = param(1, 2, [1, -2]);
  const c = param(1, 2, [1, 10]);
  const opt = make(theta);
  const tape = new Tape();
  for (let s = 0; s < steps; s++) {
    opt.zeroGrad();
    tape.reset();
    tape.backward(tape.run(() => sum(mul(c, mul(theta, theta)))));
    opt.step();
  }
  return Array.from(theta.data);
}

describe('optimisers', () => {
  it('SGD takes θ ← θ − lr·g exactly on the first step', () => {
    expect(minimise((p) => new SGD([p], { lr: 0.01 }), 1)).toEqual([1 - 0.01 * 2, -2 - 0.01 * 10 * 2 * -2]);
  });

  it('SGD with momentum accumulates velocity: the second step is larger than plain SGD’s', () => {
    const plain = minimise((p) => new SGD([p], { lr: 0.01 }), 2)[0];
    const heavy = minimise((p) => new SGD([p], { lr: 0.01, momentum: 0.9 }), 2)[0];
    // plain: 1 → 0.98 → 0.9604; momentum: v₂ = 0.9·2 + 1.96 = 3.76, θ₂ = 0.98 − 0.0376 = 0.9424
    expect(plain).toBeCloseTo(0.9604, 12);
    expect(heavy).toBeCloseTo(0.9424, 12);
  });

  it('Adam’s first step moves every coordinate by lr against the gradient sign', () => {
    const [a, b] = minimise((p) => new Adam([p], { lr: 0.1 }), 1);
    expect(a).toBeCloseTo(0.9, 6);
    expect(b).toBeCloseTo(-1.9, 6);
  });

  it('SGD, momentum, Nesterov and Adam all converge on an ill-conditioned quadratic', () => {
    for (const spec of [
      { type: 'sgd', lr: 0.04 },
      { type: 'sgd', lr: 0.01, momentum: 0.9 },
      { type: 'sgd', lr: 0.01, momentum: 0.9, nesterov: true },
      { type: 'adam', lr: 0.05 },
    ] as const) {
      const theta = minimise((p) => createOptimizer([p], spec), 400);
      expect(Math.hypot(...theta), JSON.stringify(spec)).toBeLessThan(1e-3);
    }
  });
});
