// Specification of add, sub, mul, addBias, scale and addN, with broadcasting properties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectGradsMatch, probe, randParam, Rng } from '../__tests__/helpers.ts';
import { fromRows, tensor } from '../create.ts';
import { add, addBias, addN, mul, scale, sub } from './elementwise.ts';
import { sum } from './reduce.ts';

const shapes = [
  [3, 4, 3, 4],
  [3, 4, 1, 4],
  [3, 4, 3, 1],
  [3, 4, 1, 1],
  [1, 4, 3, 4],
  [3, 1, 1, 4],
  [1, 1, 2, 5],
];

describe('add, sub and mul', () => {
  it('compute by hand on a [2,2] and a broadcast [1,2] row', () => {
    const a = fromRows([
      [1, 2],
      [3, 4],
    ]);
    const b = fromRows([[10, 20]]);
    expect(add(a, b).toRows()).toEqual([
      [11, 22],
      [13, 24],
    ]);
    expect(sub(a, b).toRows()).toEqual([
      [-9, -18],
      [-7, -16],
    ]);
    expect(mul(a, b).toRows()).toEqual([
      [10, 40],
      [30, 80],
    ]);
  });

  it('broadcast a [2,1] column against a [1,3] row into a [2,3] outer sum', () => {
    expect(add(fromRows([[1], [2]]), fromRows([[10, 20, 30]])).toRows()).toEqual([
      [11, 21, 31],
      [12, 22, 32],
    ]);
  });

  for (const op of [add, sub, mul]) {
    it(`${op.name} gives gradients matching central differences for every broadcast pattern`, () => {
      const rng = new Rng(10);
      for (const [ar, ac, br, bc] of shapes) {
        const a = randParam(rng, ar, ac);
        const b = randParam(rng, br, bc);
        const loss = probe(rng, Math.max(ar, br), Math.max(ac, bc));
        expectGradsMatch(() => loss(op(a, b)), [a, b]);
      }
    });
  }

  it('produce the broadcast shape whenever each dimension is equal or 1, and throw otherwise', () => {
    const dim = fc.integer({ min: 1, max: 4 });
    fc.assert(
      fc.property(dim, dim, dim, dim, (ar, ac, br, bc) => {
        const fits = (p: number, q: number) => p === q || p === 1 || q === 1;
        const a = tensor(ar, ac);
        const b = tensor(br, bc);
        if (fits(ar, br) && fits(ac, bc)) {
          const y = mul(a, b);
          expect(y.shape).toEqual([Math.max(ar, br), Math.max(ac, bc)]);
        } else {
          expect(() => add(a, b)).toThrow(`add: shapes [${ar},${ac}] and [${br},${bc}] do not fit`);
        }
      }),
    );
  });

  it('agree with an explicit double loop for random broadcastable values', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        fc.boolean(),
        fc.boolean(),
        fc.integer(),
        (m, n, rowB, colB, seed) => {
          const rng = new Rng(seed);
          const a = randParam(rng, m, n);
          const b = randParam(rng, rowB ? 1 : m, colB ? 1 : n);
          const y = sub(a, b);
          for (let r = 0; r < m; r++)
            for (let c = 0; c < n; c++)
              expect(y.get(r, c)).toBe(a.get(r, c) - b.get(rowB ? 0 : r, colB ? 0 : c));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('give a value used twice the sum of both gradients (x ⊙ x has gradient 2x)', () => {
    const rng = new Rng(11);
    const x = randParam(rng, 2, 3);
    expectGradsMatch(() => sum(mul(x, x)), [x]);
    for (let i = 0; i < 6; i++) expect(x.grad?.[i]).toBeCloseTo(2 * x.data[i], 12);
  });
});

describe('addBias', () => {
  it('adds the bias row to every row', () => {
    expect(addBias(fromRows([[1], [2]]), fromRows([[5]])).toRows()).toEqual([[6], [7]]);
  });

  it('refuses a bias that is not one row as wide as x', () => {
    expect(() => addBias(tensor(3, 4), tensor(3, 4))).toThrow(
      'addBias: shapes [3,4] and [3,4] do not fit: the bias must be [1,4]',
    );
  });

  it('sums the bias gradient over the rows', () => {
    const rng = new Rng(12);
    const x = randParam(rng, 5, 3);
    const b = randParam(rng, 1, 3);
    const loss = probe(rng, 5, 3);
    expectGradsMatch(() => loss(addBias(x, b)), [x, b]);
  });
});

describe('scale and addN', () => {
  it('scale multiplies by a constant and passes the gradient times that constant', () => {
    expect(scale(fromRows([[1, -2]]), -3).toRows()).toEqual([[-3, 6]]);
    const rng = new Rng(13);
    const x = randParam(rng, 2, 2);
    expectGradsMatch(() => sum(scale(x, 2.5)), [x]);
    expect(Array.from(x.grad as Float64Array)).toEqual([2.5, 2.5, 2.5, 2.5]);
  });

  it('addN sums any number of terms and refuses mixed shapes', () => {
    expect(addN([fromRows([[1, 2]]), fromRows([[3, 4]]), fromRows([[5, 6]])]).toRows()).toEqual([[9, 12]]);
    expect(() => addN([tensor(1, 2), tensor(2, 1)])).toThrow('addN: shapes [1,2] and [2,1] differ');
    const rng = new Rng(14);
    const a = randParam(rng, 2, 3);
    const b = randParam(rng, 2, 3);
    const loss = probe(rng, 2, 3);
    expectGradsMatch(() => loss(addN([a, b, a])), [a, b]);
  });
});
