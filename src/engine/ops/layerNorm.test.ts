// Specification of layer norm: normalised rows, gradients against central differences, fused against composed.
import { describe, expect, it } from 'vitest';
import { expectFusedMatchesComposed } from '../__tests__/cellCheck.ts';
import { expectArrayClose, expectGradsMatch, probe, randParam, Rng } from '../__tests__/helpers.ts';
import { fromRows, param } from '../create.ts';
import { layerNorm, layerNormComposed } from './layerNorm.ts';

describe('layerNorm', () => {
  it('gives each row mean 0 and variance 1/(1 + ε/σ²) before gain and shift', () => {
    const x = fromRows([
      [1, 2, 3, 4],
      [-10, 0, 10, 20],
    ]);
    const y = layerNorm(x, param(1, 4, [1, 1, 1, 1]), param(1, 4), 1e-5);
    for (const [r, v] of [
      [0, 1.25],
      [1, 125],
    ]) {
      const row = y.data.subarray(r * 4, r * 4 + 4);
      const mean = row.reduce((a, b) => a + b, 0) / 4;
      const variance = row.reduce((a, b) => a + (b - mean) ** 2, 0) / 4;
      expect(mean).toBeCloseTo(0, 14);
      expect(variance).toBeCloseTo(v / (v + 1e-5), 14);
    }
  });

  it('applies gamma and beta per feature', () => {
    const y = layerNorm(fromRows([[1, 3]]), param(1, 2, [2, 3]), param(1, 2, [10, 20]), 1e-12);
    // x̂ = [−1, 1] (to 1e-12), so y = [2·(−1) + 10, 3·1 + 20]
    expectArrayClose(y.data, [8, 23], 1e-10);
  });

  it('names the op and the shapes when gamma does not fit', () => {
    expect(() => layerNorm(fromRows([[1, 2, 3]]), param(1, 2), param(1, 3))).toThrow(
      'layerNorm: shapes [1,2] and [1,3] do not fit: gamma must be [1,3]',
    );
  });

  it('fused gives gradients matching central differences for x, gamma and beta', () => {
    const rng = new Rng(201);
    const x = randParam(rng, 3, 5, 2);
    const g = randParam(rng, 1, 5);
    const b = randParam(rng, 1, 5);
    const loss = probe(rng, 3, 5);
    expectGradsMatch(() => loss(layerNorm(x, g, b)), [x, g, b]);
  });

  it('composed gives gradients matching central differences', () => {
    const rng = new Rng(202);
    const x = randParam(rng, 2, 4, 2);
    const g = randParam(rng, 1, 4);
    const b = randParam(rng, 1, 4);
    const loss = probe(rng, 2, 4);
    expectGradsMatch(() => loss(layerNormComposed(x, g, b)), [x, g, b]);
  });

  it('fused and composed agree on values and every gradient', () => {
    const rng = new Rng(203);
    const x = randParam(rng, 4, 6, 3);
    const g = randParam(rng, 1, 6);
    const b = randParam(rng, 1, 6);
    const loss = probe(rng, 4, 6);
    expectFusedMatchesComposed(
      (fused) => {
        const y = (fused ? layerNorm : layerNormComposed)(x, g, b);
        return { loss: loss(y), outputs: [y] };
      },
      [x, g, b],
    );
  });
});
