// Specification of dot-product and additive attention: hand-computed weights, masks, gradients.
import { describe, expect, it } from 'vitest';
import { expectArrayClose, expectGradsMatch, probe, randParam, Rng } from '../__tests__/helpers.ts';
import { fromRows, tensor } from '../create.ts';
import { add } from '../ops/elementwise.ts';
import { sum } from '../ops/reduce.ts';
import { type AdditiveParams, additiveAttention } from './additive.ts';
import { dotProductAttention } from './dotProduct.ts';
import { causalMask, paddingMask } from './mask.ts';

describe('dotProductAttention', () => {
  it('weights keys by softmax(q·k/√d) as by hand', () => {
    const Q = fromRows([[1, 0]]);
    const K = fromRows([
      [2, 0],
      [0, 2],
    ]);
    const V = fromRows([
      [10, 0],
      [0, 10],
    ]);
    const { context, weights } = dotProductAttention(Q, K, V);
    const e = Math.exp(2 / Math.SQRT2);
    const w = [e / (e + 1), 1 / (e + 1)];
    expectArrayClose(weights.data, w);
    expectArrayClose(context.data, [10 * w[0], 10 * w[1]]);
  });

  it('gives masked keys exactly zero weight and the rest renormalised', () => {
    const rng = new Rng(150);
    const Q = randParam(rng, 2, 3);
    const K = randParam(rng, 4, 3);
    const V = randParam(rng, 4, 2);
    const { weights } = dotProductAttention(Q, K, V, paddingMask([5, 7, 0, 0], 0));
    const w = weights.toRows();
    for (const row of w) {
      expect(row[2]).toBe(0);
      expect(row[3]).toBe(0);
      expect(row[0] + row[1]).toBeCloseTo(1, 14);
    }
    const unmasked = dotProductAttention(Q, K, V).weights.toRows();
    expect(w[0][0] / w[0][1]).toBeCloseTo(unmasked[0][0] / unmasked[0][1], 12);
  });

  it('applies a per-query causal mask', () => {
    const rng = new Rng(151);
    const X = randParam(rng, 3, 2);
    const w = dotProductAttention(X, X, X, causalMask(3)).weights.toRows();
    expect(w[0]).toEqual([1, 0, 0]);
    expect(w[1][2]).toBe(0);
  });

  it('refuses a mask that leaves a query no key, and mismatched shapes, naming the op', () => {
    const X = tensor(2, 2);
    expect(() => dotProductAttention(X, X, X, [0, 0])).toThrow(
      'dotProductAttention: query 0 has every key masked',
    );
    expect(() => dotProductAttention(tensor(1, 3), X, X)).toThrow(
      'dotProductAttention: shapes [1,3] and [2,2] do not fit: queries and keys need the same width (3 ≠ 2)',
    );
  });

  it('gives gradients matching central differences for Q, K and V, with a padding mask', () => {
    const rng = new Rng(152);
    const Q = randParam(rng, 2, 3);
    const K = randParam(rng, 4, 3);
    const V = randParam(rng, 4, 2);
    const lc = probe(rng, 2, 2);
    const lw = probe(rng, 2, 4);
    expectGradsMatch(() => {
      const r = dotProductAttention(Q, K, V, [1, 1, 0, 1]);
      return add(lc(r.context), lw(r.weights));
    }, [Q, K, V]);
  });
});

describe('additiveAttention', () => {
  function params(rng: Rng, dq: number, dk: number, A: number): AdditiveParams {
    return { Wq: randParam(rng, A, dq), Wk: randParam(rng, A, dk), v: randParam(rng, 1, A) };
  }

  it('scores each key by vᵀ tanh(Wq·q + Wk·k) as by hand', () => {
    const p = { Wq: fromRows([[1], [0]]), Wk: fromRows([[0], [1]]), v: fromRows([[1, 2]]) };
    const Q = fromRows([[0.5]]);
    const K = fromRows([[1], [-1]]);
    const V = fromRows([[1], [3]]);
    const s = [Math.tanh(0.5) + 2 * Math.tanh(1), Math.tanh(0.5) + 2 * Math.tanh(-1)];
    const z = Math.exp(s[0]) + Math.exp(s[1]);
    const w = [Math.exp(s[0]) / z, Math.exp(s[1]) / z];
    const r = additiveAttention(Q, K, V, p);
    expectArrayClose(r.weights.data, w);
    expectArrayClose(r.context.data, [w[0] + 3 * w[1]]);
  });

  it('gives gradients matching central differences for Q, K, V, Wq, Wk and v, with a mask', () => {
    const rng = new Rng(153);
    const p = params(rng, 3, 2, 4);
    const Q = randParam(rng, 2, 3);
    const K = randParam(rng, 5, 2);
    const V = randParam(rng, 5, 3);
    const lc = probe(rng, 2, 3);
    const lw = probe(rng, 2, 5);
    expectGradsMatch(() => {
      const r = additiveAttention(Q, K, V, p, [1, 0, 1, 1, 1]);
      return add(lc(r.context), lw(r.weights));
    }, [Q, K, V, p.Wq, p.Wk, p.v]);
  });

  it('returns weight rows that sum to 1 with zeros at padding', () => {
    const rng = new Rng(154);
    const p = params(rng, 2, 2, 3);
    const X = randParam(rng, 4, 2);
    const r = additiveAttention(randParam(rng, 3, 2), X, X, p, [1, 1, 1, 0]);
    for (const row of r.weights.toRows()) {
      expect(row[3]).toBe(0);
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
    }
    expect(sum(r.context).size).toBe(1);
  });
});
