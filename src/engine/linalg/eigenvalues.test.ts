// Specification of the eigenvalue routine on matrices whose eigenvalues are known.
import { describe, expect, it } from 'vitest';
import { Rng } from '../rng.ts';
import { eigenvalues } from './eigenvalues.ts';

const sorted = (xs: ArrayLike<number>) => Array.from(xs).sort((a, b) => a - b);

describe('eigenvalues', () => {
  it('finds the diagonal of a triangular matrix', () => {
    const { re, im } = eigenvalues([2, 5, 7, 0, -3, 1, 0, 0, 0.5], 3);
    expect(sorted(re)).toEqual([-3, 0.5, 2].map((v) => expect.closeTo(v, 12)));
    expect(Array.from(im)).toEqual([0, 0, 0]);
  });

  it('finds e^(±iθ) for a rotation by θ', () => {
    const th = 0.7;
    const { re, im } = eigenvalues([Math.cos(th), -Math.sin(th), Math.sin(th), Math.cos(th)], 2);
    expect(sorted(re)).toEqual([Math.cos(th), Math.cos(th)].map((v) => expect.closeTo(v, 12)));
    expect(sorted(im)).toEqual([-Math.sin(th), Math.sin(th)].map((v) => expect.closeTo(v, 12)));
  });

  it('finds the roots 1, 2, 3, 4 of (x−1)(x−2)(x−3)(x−4) from its companion matrix', () => {
    // x⁴ − 10x³ + 35x² − 50x + 24
    const C = [10, -35, 50, -24, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0];
    const { re, im } = eigenvalues(C, 4);
    expect(sorted(re)).toEqual([1, 2, 3, 4].map((v) => expect.closeTo(v, 8)));
    for (const v of im) expect(v).toBeCloseTo(0, 8);
  });

  it('sums to the trace and multiplies to the determinant on random 12×12 matrices', () => {
    const rng = new Rng(80);
    const n = 12;
    for (let trial = 0; trial < 5; trial++) {
      const A = Array.from({ length: n * n }, () => rng.normal());
      const { re, im } = eigenvalues(A, n);
      let trace = 0;
      for (let i = 0; i < n; i++) trace += A[i * n + i];
      expect(re.reduce((s, v) => s + v, 0)).toBeCloseTo(trace, 9);
      expect(im.reduce((s, v) => s + v, 0)).toBeCloseTo(0, 9);
      // Σλ² = trace(A²)
      let trA2 = 0;
      for (let i = 0; i < n; i++) for (let k = 0; k < n; k++) trA2 += A[i * n + k] * A[k * n + i];
      let sumSq = 0;
      for (let i = 0; i < n; i++) sumSq += re[i] * re[i] - im[i] * im[i];
      expect(sumSq).toBeCloseTo(trA2, 8);
    }
  });
});
