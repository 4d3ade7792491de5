// Specification of maskFill: kept entries, filled entries and where the gradient flows.
import { describe, expect, it } from 'vitest';
import { expectGradsMatch, probe, randParam, Rng } from '../__tests__/helpers.ts';
import { fromRows } from '../create.ts';
import { maskFill } from './maskFill.ts';

describe('maskFill', () => {
  it('keeps unmasked entries and fills masked ones, per column or per element', () => {
    const x = fromRows([
      [1, 2],
      [3, 4],
    ]);
    expect(maskFill(x, [1, 0], -9).toRows()).toEqual([
      [1, -9],
      [3, -9],
    ]);
    expect(maskFill(x, [true, false, false, true], 0).toRows()).toEqual([
      [1, 0],
      [0, 4],
    ]);
    expect(() => maskFill(x, [1, 0, 1], 0)).toThrow('maskFill: a mask for [2,2] needs 2 or 4 entries, got 3');
  });

  it('passes gradient only where kept', () => {
    const rng = new Rng(61);
    const x = randParam(rng, 2, 3);
    const loss = probe(rng, 2, 3);
    expectGradsMatch(() => loss(maskFill(x, [1, 0, 1], -7)), [x]);
    expect((x.grad as Float64Array)[1]).toBe(0);
    expect((x.grad as Float64Array)[4]).toBe(0);
  });
});
