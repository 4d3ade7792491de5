// Specification of the initialisers and of spectral radius / largest singular value.
import { describe, expect, it } from 'vitest';
import { fromRows } from '../create.ts';
import { Rng } from '../rng.ts';
import { glorotUniform, normal, orthogonal, uniform } from './initializers.ts';
import { largestSingularValue, recurrentWeights, scaleToSpectralRadius, spectralRadius } from './spectral.ts';

function gram(d: Float64Array, rows: number, cols: number, byRows: boolean): number[][] {
  const k = byRows ? rows : cols;
  const n = byRows ? cols : rows;
  const at = (v: number, i: number) => (byRows ? d[v * cols + i] : d[i * cols + v]);
  return Array.from({ length: k }, (_, a) =>
    Array.from({ length: k }, (_, b) => {
      let s = 0;
      for (let i = 0; i < n; i++) s += at(a, i) * at(b, i);
      return s;
    }),
  );
}

describe('initialisers', () => {
  it('are reproducible from the seed and differ between seeds', () => {
    expect(Array.from(uniform(new Rng(1), 2, 3, -1, 1).data)).toEqual(
      Array.from(uniform(new Rng(1), 2, 3, -1, 1).data),
    );
    expect(Array.from(normal(new Rng(1), 2, 3, 1).data)).not.toEqual(
      Array.from(normal(new Rng(2), 2, 3, 1).data),
    );
  });

  it('glorotUniform stays inside ±√(6/(fanIn+fanOut)) and comes close to it', () => {
    const W = glorotUniform(new Rng(3), 20, 30);
    const limit = Math.sqrt(6 / 50);
    const max = Math.max(...Array.from(W.data, Math.abs));
    expect(max).toBeLessThanOrEqual(limit);
    expect(max).toBeGreaterThan(0.95 * limit);
  });

  for (const [rows, cols] of [
    [5, 5],
    [3, 7],
    [7, 3],
  ]) {
    it(`orthogonal [${rows},${cols}] has orthonormal ${rows <= cols ? 'rows' : 'columns'} times the gain`, () => {
      const Q = orthogonal(new Rng(4), rows, cols, 2);
      const G = gram(Q.data, rows, cols, rows <= cols);
      for (let a = 0; a < G.length; a++) {
        for (let b = 0; b < G.length; b++) expect(G[a][b]).toBeCloseTo(a === b ? 4 : 0, 12);
      }
    });
  }
});

describe('spectral radius', () => {
  it('is the largest |eigenvalue|, even when it is a complex pair', () => {
    // eigenvalues 0.5 and the pair 0.6 ± 0.8i (modulus 1)
    const W = fromRows([
      [0.5, 0, 0],
      [0, 0.6, -0.8],
      [0, 0.8, 0.6],
    ]);
    expect(spectralRadius(W)).toBeCloseTo(1, 12);
  });

  it('differs from the largest singular value for a non-normal matrix', () => {
    const W = fromRows([
      [0.5, 10],
      [0, 0.5],
    ]);
    expect(spectralRadius(W)).toBeCloseTo(0.5, 12);
    expect(largestSingularValue(W)).toBeCloseTo(10.0249, 3);
  });

  it('scaleToSpectralRadius and recurrentWeights hit the requested radius', () => {
    const rng = new Rng(5);
    expect(spectralRadius(scaleToSpectralRadius(normal(rng, 16, 16, 1), 0.9))).toBeCloseTo(0.9, 10);
    for (const rho of [0.5, 1, 1.5]) {
      expect(spectralRadius(recurrentWeights(rng, 32, rho))).toBeCloseTo(rho, 10);
      const Q = recurrentWeights(rng, 8, rho, 'orthogonal');
      expect(spectralRadius(Q)).toBeCloseTo(rho, 10);
      expect(largestSingularValue(Q)).toBeCloseTo(rho, 6);
    }
  });

  it('agrees with the growth rate ‖W^k v‖^(1/k) for large k on a random matrix', () => {
    const W = normal(new Rng(6), 10, 10, 1 / Math.sqrt(10));
    const rho = spectralRadius(W);
    let v = new Float64Array(10).fill(1);
    let logGrowth = 0;
    const k = 3000;
    for (let it = 0; it < k; it++) {
      const next = new Float64Array(10);
      for (let i = 0; i < 10; i++) for (let j = 0; j < 10; j++) next[i] += W.data[i * 10 + j] * v[j];
      const n = Math.hypot(...next);
      logGrowth += Math.log(n);
      v = next.map((x) => x / n);
    }
    expect(Math.exp(logGrowth / k)).toBeCloseTo(rho, 2);
  });
});
