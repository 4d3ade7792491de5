// Specification of sum and mean over everything and along each axis.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectGradsMatch, probe, randParam, Rng } from '../__tests__/helpers.ts';
import { fromRows, tensor } from '../create.ts';
import { mean, sum } from './reduce.ts';

describe('sum and mean', () => {
  const x = fromRows([
    [1, 2, 3],
    [4, 5, 6],
  ]);

  it('sum over everything, down rows and along rows', () => {
    expect(sum(x).item()).toBe(21);
    expect(sum(x, 0).toRows()).toEqual([[5, 7, 9]]);
    expect(sum(x, 1).toRows()).toEqual([[6], [15]]);
  });

  it('mean over everything, down rows and along rows', () => {
    expect(mean(x).item()).toBe(3.5);
    expect(mean(x, 0).toRows()).toEqual([[2.5, 3.5, 4.5]]);
    expect(mean(x, 1).toRows()).toEqual([[2], [5]]);
  });

  it('have the reduced shape for any input shape', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), (m, n) => {
        const t = tensor(m, n);
        expect(sum(t).shape).toEqual([1, 1]);
        expect(mean(t, 0).shape).toEqual([1, n]);
        expect(sum(t, 1).shape).toEqual([m, 1]);
      }),
    );
  });

  for (const axis of [undefined, 0, 1] as const) {
    it(`give gradients matching central differences (axis ${axis ?? 'all'})`, () => {
      const rng = new Rng(40);
      const t = randParam(rng, 3, 4);
      const ls = probe(rng, axis === 1 ? 3 : 1, axis === 0 ? 4 : 1);
      const lm = probe(rng, axis === 1 ? 3 : 1, axis === 0 ? 4 : 1);
      expectGradsMatch(() => ls(sum(t, axis)), [t]);
      expectGradsMatch(() => lm(mean(t, axis)), [t]);
    });
  }
});
