// Specification of matmul and transpose: values, shape errors, gradients, kernel edge cases.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectArrayClose, expectGradsMatch, probe, randParam, Rng } from '../__tests__/helpers.ts';
import { fromRows, param, tensor } from '../create.ts';
import { Tape } from '../tape.ts';
import { matmul, transpose } from './matmul.ts';
import { sum } from './reduce.ts';

describe('matmul', () => {
  it('multiplies a [2,3] by a [3,2] as by hand', () => {
    const a = fromRows([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    const b = fromRows([
      [7, 8],
      [9, 10],
      [11, 12],
    ]);
    expect(matmul(a, b).toRows()).toEqual([
      [58, 64],
      [139, 154],
    ]);
  });

  it('names both shapes and the inner dimensions when they do not fit', () => {
    expect(() => matmul(tensor(2, 3), tensor(4, 5))).toThrow(
      'matmul: shapes [2,3] and [4,5] do not fit: inner dimensions 3 ≠ 4',
    );
  });

  it('gives gradients matching central differences on random shapes', () => {
    const rng = new Rng(1);
    for (const [m, k, n] of [
      [1, 1, 1],
      [3, 5, 2],
      [4, 7, 6],
      [2, 9, 1],
    ]) {
      const a = randParam(rng, m, k);
      const b = randParam(rng, k, n);
      const loss = probe(rng, m, n);
      expectGradsMatch(() => loss(matmul(a, b)), [a, b]);
    }
  });

  it('has output shape [m, n] for any fitting [m, k] · [k, n]', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (m, k, n) => {
          const y = matmul(tensor(m, k), tensor(k, n));
          return y.rows === m && y.cols === n;
        },
      ),
    );
  });

  it('agrees with a triple loop on random sizes (exercising the unrolled kernel tails)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 11 }),
        fc.integer({ min: 1, max: 11 }),
        fc.integer({ min: 1, max: 11 }),
        fc.integer(),
        (m, k, n, seed) => {
          const rng = new Rng(seed);
          const a = randParam(rng, m, k);
          const b = randParam(rng, k, n);
          const expected: number[] = [];
          for (let i = 0; i < m; i++)
            for (let j = 0; j < n; j++) {
              let s = 0;
              for (let p = 0; p < k; p++) s += a.data[i * k + p] * b.data[p * n + j];
              expected.push(s);
            }
          expectArrayClose(matmul(a, b).data, expected);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('overwrites reused arena memory instead of adding to what an earlier iteration left there', () => {
    const tape = new Tape();
    const a = param(2, 2, [1, 2, 3, 4]);
    const first = tape.run(() => matmul(a, a)).toRows();
    tape.reset();
    expect(tape.run(() => matmul(a, a)).toRows()).toEqual(first);
  });
});

describe('transpose', () => {
  it('swaps rows and columns', () => {
    expect(transpose(fromRows([[1, 2, 3]])).toRows()).toEqual([[1], [2], [3]]);
  });

  it('gives gradients matching central differences', () => {
    const rng = new Rng(2);
    const x = randParam(rng, 3, 4);
    const loss = probe(rng, 4, 3);
    expectGradsMatch(() => loss(transpose(x)), [x]);
  });

  it('sends the gradient of a matrix product through both of its uses (x · xᵀ)', () => {
    const rng = new Rng(3);
    const x = randParam(rng, 3, 2);
    expectGradsMatch(() => sum(matmul(x, transpose(x))), [x]);
  });
});
