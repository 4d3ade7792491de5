// Specification of the elementwise nonlinearities: values, stability at extremes, gradients.
import { describe, expect, it } from 'vitest';
import { expectArrayClose, expectGradsMatch, probe, randParam, Rng } from '../__tests__/helpers.ts';
import { fromRows } from '../create.ts';
import { exp, log, relu, sigmoid, tanh } from './activations.ts';
import { sum } from './reduce.ts';

describe('activations', () => {
  it('tanh, sigmoid, relu, exp and log match hand-computed values', () => {
    const x = fromRows([[-2, 0, 0.5]]);
    expectArrayClose(tanh(x).data, [-0.9640275800758169, 0, 0.46211715726000974]);
    expectArrayClose(sigmoid(x).data, [0.11920292202211755, 0.5, 0.6224593312018546]);
    expect(Array.from(relu(x).data)).toEqual([0, 0, 0.5]);
    expectArrayClose(exp(x).data, [0.1353352832366127, 1, 1.6487212707001282]);
    expectArrayClose(log(fromRows([[1, Math.E, 0.5]])).data, [0, 1, -Math.LN2]);
  });

  it('sigmoid stays finite and exact at ±800, where a naive 1/(1+e^−x) overflows e^800', () => {
    expect(Array.from(sigmoid(fromRows([[-800, 800]])).data)).toEqual([0, 1]);
  });

  it('log of zero is −Infinity (left for the finite check to report)', () => {
    expect(log(fromRows([[0]])).item()).toBe(Number.NEGATIVE_INFINITY);
  });

  for (const f of [tanh, sigmoid, relu, exp]) {
    it(`${f.name} gives gradients matching central differences`, () => {
      const rng = new Rng(20);
      const x = randParam(rng, 3, 5, 2);
      const loss = probe(rng, 3, 5);
      expectGradsMatch(() => loss(f(x)), [x]);
    });
  }

  it('log gives gradients matching central differences on positive inputs', () => {
    const rng = new Rng(21);
    const x = randParam(rng, 3, 4, 1);
    for (let i = 0; i < x.data.length; i++) x.data[i] = 0.5 + Math.abs(x.data[i]);
    const loss = probe(rng, 3, 4);
    expectGradsMatch(() => loss(log(x)), [x]);
  });

  it('relu passes no gradient where its input was negative', () => {
    const x = randParam(new Rng(22), 1, 4);
    x.data.set([-1, 2, -3, 4]);
    expectGradsMatch(() => sum(relu(x)), [x]);
    expect(Array.from(x.grad as Float64Array)).toEqual([0, 1, 0, 1]);
  });
});
