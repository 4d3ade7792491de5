// Shared test helpers: seeded random leaves, a loss that weights every output differently, and gradcheck assertions.
import { expect } from 'vitest';
import { param, tensor } from '../create.ts';
import { gradcheck } from '../gradcheck.ts';
import { mul } from '../ops/elementwise.ts';
import { sum } from '../ops/reduce.ts';
import { Rng } from '../rng.ts';
import type { Tensor } from '../tensor.ts';

/** A trainable leaf with entries uniform in [−s, s). */
export function randParam(rng: Rng, rows: number, cols: number, s = 1): Tensor {
  const p = param(rows, cols);
  for (let i = 0; i < p.data.length; i++) p.data[i] = rng.uniform(-s, s);
  return p;
}

/** A constant leaf with entries uniform in [−s, s). */
export function randConst(rng: Rng, rows: number, cols: number, s = 1): Tensor {
  const t = tensor(rows, cols);
  for (let i = 0; i < t.data.length; i++) t.data[i] = rng.uniform(-s, s);
  return t;
}

/** Σ y ⊙ R for a fixed random R: a scalar whose gradient differs at every element of y, so a swapped index shows. */
export function probe(rng: Rng, rows: number, cols: number): (y: Tensor) => Tensor {
  const R = randConst(rng, rows, cols);
  return (y) => sum(mul(y, R));
}

/** Asserts the tape's gradient of f matches central differences to 1e-6 relative error. */
export function expectGradsMatch(f: () => Tensor, params: Tensor[], tolerance = 1e-6): void {
  const r = gradcheck(f, params);
  expect(r.checked).toBeGreaterThan(0);
  expect(
    r.maxError,
    `worst at params[${r.param}][${r.index}]: analytic ${r.analytic}, numeric ${r.numeric}`,
  ).toBeLessThanOrEqual(tolerance);
}

/** Asserts two arrays agree elementwise within tol. */
export function expectArrayClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tol = 1e-12): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    if (!(Math.abs(actual[i] - expected[i]) <= tol * Math.max(1, Math.abs(expected[i])))) {
      expect.fail(`element ${i}: ${actual[i]} ≠ ${expected[i]} (tolerance ${tol})`);
    }
  }
}

export { Rng };
