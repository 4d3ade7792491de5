// Specification of GELU (tanh approximation): values, closeness to x·Φ(x), gradients, fused against composed.
import { describe, expect, it } from 'vitest';
import { expectFusedMatchesComposed } from '../__tests__/cellCheck.ts';
import { expectArrayClose, expectGradsMatch, probe, randParam, Rng } from '../__tests__/helpers.ts';
import { fromRows } from '../create.ts';
import { gelu, geluComposed } from './gelu.ts';

/** Φ by the Abramowitz & Stegun 7.1.26 erf approximation (|error| < 1.5e-7), enough to bound the tanh form. */
function Phi(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-z * z);
  return 0.5 * (1 + (x >= 0 ? erf : -erf));
}

describe('gelu', () => {
  it('is 0 at 0, ≈ x for large x and ≈ 0 for very negative x', () => {
    expectArrayClose(gelu(fromRows([[0, 10, -10]])).data, [0, 10, 0], 1e-12);
  });

  it('stays within 1e-3 of the exact x·Φ(x) on [−6, 6]', () => {
    const xs = Array.from({ length: 121 }, (_, i) => -6 + i / 10);
    const y = gelu(fromRows([xs]));
    for (let i = 0; i < xs.length; i++) expect(Math.abs(y.data[i] - xs[i] * Phi(xs[i]))).toBeLessThan(1e-3);
  });

  it('fused gives gradients matching central differences', () => {
    const rng = new Rng(211);
    const x = randParam(rng, 3, 4, 3);
    const loss = probe(rng, 3, 4);
    expectGradsMatch(() => loss(gelu(x)), [x]);
  });

  it('fused and composed agree on values and gradients', () => {
    const rng = new Rng(212);
    const x = randParam(rng, 3, 5, 4);
    const loss = probe(rng, 3, 5);
    expectFusedMatchesComposed(
      (fused) => {
        const y = fused ? gelu(x) : geluComposed(x);
        return { loss: loss(y), outputs: [y] };
      },
      [x],
    );
  });
});
