// Specification of the fused linear layer.
import { describe, expect, it } from 'vitest';
import { expectArrayClose, expectGradsMatch, probe, randParam, Rng } from '../__tests__/helpers.ts';
import { fromRows, tensor } from '../create.ts';
import { add } from './elementwise.ts';
import { linear } from './linear.ts';
import { matmul, transpose } from './matmul.ts';

describe('linear', () => {
  it('computes W·x + b for each row of x, W stored as [out, in]', () => {
    const W = fromRows([
      [1, 0, -1],
      [2, 1, 0],
    ]);
    const y = linear(fromRows([[1, 2, 3]]), W, fromRows([[10, 20]]));
    expect(y.toRows()).toEqual([[8, 24]]);
  });

  it('equals add(matmul(x, transpose(W)), b)', () => {
    const rng = new Rng(130);
    const x = randParam(rng, 3, 4);
    const W = randParam(rng, 5, 4);
    const b = randParam(rng, 1, 5);
    expectArrayClose(linear(x, W, b).data, add(matmul(x, transpose(W)), b).data);
  });

  it('gives gradients matching central differences, with and without a bias', () => {
    const rng = new Rng(131);
    const x = randParam(rng, 3, 4);
    const W = randParam(rng, 2, 4);
    const b = randParam(rng, 1, 2);
    const loss = probe(rng, 3, 2);
    expectGradsMatch(() => loss(linear(x, W, b)), [x, W, b]);
    expectGradsMatch(() => loss(linear(x, W)), [x, W]);
  });

  it('names the op and both shapes when x does not fit W', () => {
    expect(() => linear(tensor(1, 3), tensor(2, 4))).toThrow(
      'linear: shapes [1,3] and [2,4] do not fit: x has 3 features, W: [out, in] expects 4',
    );
  });
});
