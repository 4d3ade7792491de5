// Specification of concat, slice and splitRows, including zero-copy row views.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectGradsMatch, probe, randParam, Rng } from '../__tests__/helpers.ts';
import { fromRows, param, tensor } from '../create.ts';
import { StaleTensorError } from '../errors.ts';
import { Tape } from '../tape.ts';
import { lstmCell, lstmParams } from '../cells/lstm.ts';
import { mul, scale } from './elementwise.ts';
import { sum } from './reduce.ts';
import { concat, slice, splitRows } from './shape.ts';

describe('concat', () => {
  it('stacks rows (axis 0) and joins columns (axis 1)', () => {
    const a = fromRows([[1, 2]]);
    const b = fromRows([[3, 4]]);
    expect(concat([a, b], 0).toRows()).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(concat([a, b], 1).toRows()).toEqual([[1, 2, 3, 4]]);
  });

  it('names the op and both shapes when they cannot be joined', () => {
    expect(() => concat([tensor(1, 2), tensor(1, 3)], 0)).toThrow(
      'concat: shapes [1,2] and [1,3] do not fit: axis 0 needs equal columns',
    );
    expect(() => concat([tensor(1, 2), tensor(2, 2)], 1)).toThrow(
      'concat: shapes [1,2] and [2,2] do not fit: axis 1 needs equal rows',
    );
  });

  it('has the summed extent along its axis for any list of fitting shapes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 4 }),
        (sizes, other) => {
          const total = sizes.reduce((s, n) => s + n, 0);
          expect(
            concat(
              sizes.map((n) => tensor(n, other)),
              0,
            ).shape,
          ).toEqual([total, other]);
          expect(
            concat(
              sizes.map((n) => tensor(other, n)),
              1,
            ).shape,
          ).toEqual([other, total]);
        },
      ),
    );
  });

  for (const axis of [0, 1] as const) {
    it(`gives gradients matching central differences along axis ${axis}, including a repeated input`, () => {
      const rng = new Rng(50);
      const a = randParam(rng, 2, 3);
      const b = randParam(rng, 2, 3);
      const loss = probe(rng, axis === 0 ? 6 : 2, axis === 0 ? 3 : 9);
      expectGradsMatch(() => loss(concat([a, b, a], axis)), [a, b]);
    });
  }
});

describe('slice and splitRows', () => {
  const x = fromRows([
    [1, 2, 3],
    [4, 5, 6],
    [7, 8, 9],
  ]);

  it('slice picks a block; whole rows come back as a view of the same memory', () => {
    expect(slice(x, 1, 3, 0, 2).toRows()).toEqual([
      [4, 5],
      [7, 8],
    ]);
    const rows = slice(x, 1, 2);
    expect(rows.toRows()).toEqual([[4, 5, 6]]);
    expect(rows.data.buffer).toBe(x.data.buffer);
  });

  it('slice refuses a block outside the tensor, naming its shape', () => {
    expect(() => slice(x, 2, 4)).toThrow(
      'slice: rows [2, 4) × columns [0, 3) is not a non-empty part of [3,3]',
    );
  });

  it('gives gradients matching central differences for a column block and for a row view', () => {
    const rng = new Rng(51);
    const t = randParam(rng, 4, 5);
    const l1 = probe(rng, 2, 3);
    const l2 = probe(rng, 3, 5);
    expectGradsMatch(() => l1(slice(t, 1, 3, 2, 5)), [t]);
    expectGradsMatch(() => l2(slice(t, 1, 4)), [t]);
  });

  it('row views of an intermediate pass their gradient into it', () => {
    const rng = new Rng(52);
    const t = randParam(rng, 4, 2);
    const loss = probe(rng, 2, 2);
    expectGradsMatch(() => {
      const y = mul(t, t);
      const [top, bottom] = splitRows(y, 2);
      return sum(mul(loss(top), loss(bottom)));
    }, [t]);
  });

  it('splitRows cuts a time-major [T·B, D] sequence into T views of [B, D]', () => {
    const tape = new Tape();
    const seq = param(6, 2, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const steps = tape.run(() => splitRows(seq, 3));
    expect(steps.map((s) => s.toRows())).toEqual([
      [
        [0, 1],
        [2, 3],
      ],
      [
        [4, 5],
        [6, 7],
      ],
      [
        [8, 9],
        [10, 11],
      ],
    ]);
    expect(() => splitRows(seq, 4)).toThrow('splitRows: [6,2] does not split into 4 equal row blocks');
  });

  // An eager view of a tape result views the tape's arena: after reset and a new run the same memory holds
  // other values, so the view must refuse to be read, exactly as the result it was cut from does.
  it('an eager slice or splitRows of a tape result goes stale with it instead of reading recycled memory', () => {
    const tape = new Tape();
    const x = tensor(1, 2, [1, 2]);
    const y = tape.run(() => scale(x, 10));
    const v = slice(y, 0, 1);
    const [w] = splitRows(y, 1);
    expect(Array.from(v.data)).toEqual([10, 20]);
    tape.reset();
    tape.run(() => scale(x, -1));
    expect(() => v.data).toThrow(StaleTensorError);
    expect(() => w.data).toThrow(StaleTensorError);
    expect(() => v.toRows()).toThrow(
      "stale tensor: this [1,2] result of 'scale' was made in tape generation 0",
    );
    expect(v.live).toBe(false);
  });

  it('an eager view of a noGrad result and of a fused cell’s h and c go stale with their tape too', () => {
    const tape = new Tape();
    const x = tensor(2, 2, [1, 2, 3, 4]);
    const y = tape.noGrad(() => scale(x, 2));
    const top = slice(y, 0, 1);
    const p = lstmParams(new Rng(5), 2, 3);
    const state = tape.run(() => lstmCell(x, tensor(2, 3), tensor(2, 3), p));
    tape.reset();
    tape.run(() => scale(x, -1));
    expect(() => top.data).toThrow(StaleTensorError);
    expect(() => state.h.data).toThrow(StaleTensorError);
    expect(() => slice(state.c, 0, 1)).toThrow(StaleTensorError);
  });

  it('an eager view of a leaf or of an eager result stays a live, zero-copy view', () => {
    const leaf = tensor(2, 2, [1, 2, 3, 4]);
    const eager = scale(leaf, 3);
    expect(slice(leaf, 1, 2).data.buffer).toBe(leaf.data.buffer);
    expect(slice(eager, 1, 2).toRows()).toEqual([[9, 12]]);
    expect(splitRows(eager, 2)[0].live).toBe(true);
  });
});
