// Specification of fused multi-head self-attention: gradients, agreement with the composed op, the causal mask, and order-blindness without positions.
import { describe, expect, it } from 'vitest';
import { expectFusedMatchesComposed } from '../__tests__/cellCheck.ts';
import {
  expectArrayClose,
  expectGradsMatch,
  probe,
  randConst,
  randParam,
  Rng,
} from '../__tests__/helpers.ts';
import { tensor } from '../create.ts';
import { Tape } from '../tape.ts';
import { type MultiHeadParams, multiHeadAttention } from './multiHead.ts';
import { multiHeadAttentionComposed } from './multiHeadComposed.ts';

function randomParams(rng: Rng, d: number): MultiHeadParams {
  const W = () => randParam(rng, d, d, 0.6);
  const b = () => randParam(rng, 1, d, 0.3);
  return { Wq: W(), bq: b(), Wk: W(), bk: b(), Wv: W(), bv: b(), Wo: W(), bo: b() };
}

const leaves = (p: MultiHeadParams) => [p.Wq, p.bq, p.Wk, p.bk, p.Wv, p.bv, p.Wo, p.bo];

describe('multiHeadAttention', () => {
  it('fused gives gradients matching central differences (causal, 2 sequences, 2 heads)', () => {
    const rng = new Rng(301);
    const p = randomParams(rng, 4);
    const x = randParam(rng, 6, 4);
    const loss = probe(rng, 6, 4);
    expectGradsMatch(
      () => loss(multiHeadAttention(x, p, { batch: 2, heads: 2, causal: true }).output),
      [x, ...leaves(p)],
    );
  });

  it('fused gives gradients matching central differences without a mask', () => {
    const rng = new Rng(302);
    const p = randomParams(rng, 6);
    const x = randParam(rng, 4, 6);
    const loss = probe(rng, 4, 6);
    expectGradsMatch(() => loss(multiHeadAttention(x, p, { batch: 1, heads: 3 }).output), [x, ...leaves(p)]);
  });

  it('composed gives gradients matching central differences', () => {
    const rng = new Rng(303);
    const p = randomParams(rng, 4);
    const x = randParam(rng, 6, 4);
    const loss = probe(rng, 6, 4);
    expectGradsMatch(
      () => loss(multiHeadAttentionComposed(x, p, { batch: 2, heads: 2, causal: true }).output),
      [x, ...leaves(p)],
    );
  });

  for (const causal of [true, false]) {
    it(`fused and composed agree on outputs, attention weights and every gradient (causal ${causal})`, () => {
      const rng = new Rng(causal ? 304 : 305);
      const p = randomParams(rng, 8);
      const x = randParam(rng, 15, 8);
      const loss = probe(rng, 15, 8);
      expectFusedMatchesComposed(
        (fused) => {
          const o = { batch: 3, heads: 4, causal };
          const r = fused ? multiHeadAttention(x, p, o) : multiHeadAttentionComposed(x, p, o);
          return { loss: loss(r.output), outputs: [r.output] };
        },
        [x, ...leaves(p)],
      );
      // the weights (kept by the fused op, not differentiated): the same values, each row a
      // distribution, 0 above the diagonal when causal
      const r = multiHeadAttention(x, p, { batch: 3, heads: 4, causal });
      expectArrayClose(
        r.weights.data,
        multiHeadAttentionComposed(x, p, { batch: 3, heads: 4, causal }).weights.data,
      );
      for (let row = 0; row < 60; row++) {
        const w = r.weights.data.subarray(row * 5, row * 5 + 5);
        expect(w.reduce((a, v) => a + v, 0)).toBeCloseTo(1, 14);
        const i = row % 5;
        if (causal) for (let j = i + 1; j < 5; j++) expect(w[j]).toBe(0);
      }
    });
  }

  it('causal: changing a later token does not change any earlier output', () => {
    const rng = new Rng(306);
    const p = randomParams(rng, 6);
    const x = randConst(rng, 5, 6);
    const before = multiHeadAttention(x, p, { batch: 1, heads: 2, causal: true }).output.toRows();
    x.data.fill(3, 3 * 6, 4 * 6); // token 3
    const after = multiHeadAttention(x, p, { batch: 1, heads: 2, causal: true }).output.toRows();
    for (let t = 0; t < 3; t++) expectArrayClose(after[t], before[t], 0);
    expect(after[3]).not.toEqual(before[3]);
  });

  it('without positions or a mask, permuting the rows of one sequence permutes its outputs, values unchanged', () => {
    const rng = new Rng(307);
    const p = randomParams(rng, 6);
    const x = randConst(rng, 10, 6);
    const perm = [3, 0, 4, 1, 2]; // applied to the second sequence only
    const xp = tensor(10, 6);
    xp.data.set(x.data.subarray(0, 30));
    for (const [to, from] of perm.entries())
      xp.data.set(x.data.subarray((5 + from) * 6, (6 + from) * 6), (5 + to) * 6);
    const y = multiHeadAttention(x, p, { batch: 2, heads: 3 }).output.toRows();
    const yp = multiHeadAttention(xp, p, { batch: 2, heads: 3 }).output.toRows();
    for (let t = 0; t < 5; t++) expectArrayClose(yp[t], y[t], 1e-14);
    for (const [to, from] of perm.entries()) expectArrayClose(yp[5 + to], y[5 + from], 1e-14);
  });

  it('keeps its weights readable after backward and refuses heads that do not divide d', () => {
    const rng = new Rng(308);
    const p = randomParams(rng, 4);
    const x = randParam(rng, 3, 4);
    const tape = new Tape();
    const r = tape.run(() => multiHeadAttention(x, p, { batch: 1, heads: 2, causal: true }));
    tape.backward(tape.run(() => probe(rng, 3, 4)(r.output)));
    expect(r.weights.get(0, 0)).toBe(1);
    expect(() => multiHeadAttention(x, p, { batch: 1, heads: 3 })).toThrow(
      'multiHeadAttention: d = 4 does not split into 3 heads of equal width',
    );
  });
});
