// Specification of the LSTM cell: hand-computed steps, gradients, and fused against composed.
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
import { fromRows, param, tensor } from '../create.ts';
import { add, addN, mul } from '../ops/elementwise.ts';
import { sum } from '../ops/reduce.ts';
import type { Tensor } from '../tensor.ts';
import { Tape } from '../tape.ts';
import { type LstmParams, lstmCell, lstmCellComposed, lstmParams } from './lstm.ts';

function randomLstm(rng: Rng, D: number, H: number): LstmParams {
  return { W: randParam(rng, 4 * H, H + D, 0.7), b: randParam(rng, 1, 4 * H, 0.5) };
}

describe('lstmCell', () => {
  it('keeps c_t unchanged when f = 1 and i = 0', () => {
    // W = 0 and saturated biases: i = σ(−40) ≈ 0, f = σ(40) ≈ 1, so c' = c exactly in float64.
    const H = 3;
    const p = { W: param(4 * H, H + 2), b: param(1, 4 * H, [-40, -40, -40, 40, 40, 40, 0, 0, 0, 0, 0, 0]) };
    const c = fromRows([[0.3, -1.2, 2.5]]);
    const s = lstmCell(fromRows([[5, -5]]), fromRows([[1, 1, 1]]), c, p);
    expectArrayClose(s.c.data, [0.3, -1.2, 2.5], 1e-15);
    // o = σ(0) = 1/2, so h' = tanh(c)/2
    expectArrayClose(
      s.h.data,
      [0.3, -1.2, 2.5].map((v) => Math.tanh(v) / 2),
    );
  });

  it('computes one step as by hand', () => {
    // H = 1, D = 1: W = [wi; wf; wg; wo] acting on [h, x]
    const p = { W: param(4, 2, [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]), b: param(1, 4, [0, 1, 0, 0]) };
    const h = 0.5;
    const x = -1;
    const c = 0.25;
    const s = (v: number) => 1 / (1 + Math.exp(-v));
    const i = s(0.1 * h + 0.2 * x);
    const f = s(0.3 * h + 0.4 * x + 1);
    const g = Math.tanh(0.5 * h + 0.6 * x);
    const o = s(0.7 * h + 0.8 * x);
    const cNew = f * c + i * g;
    const st = lstmCell(fromRows([[x]]), fromRows([[h]]), fromRows([[c]]), p);
    expectArrayClose(st.c.data, [cNew]);
    expectArrayClose(st.h.data, [o * Math.tanh(cNew)]);
    expectArrayClose((st.gates as ReturnType<typeof param>).data, [i, f, g, o]);
  });

  it('lstmParams sets the forget-gate bias block and nothing else', () => {
    const p = lstmParams(new Rng(1), 2, 3, { forgetBias: 2 });
    expect(Array.from(p.b.data)).toEqual([0, 0, 0, 2, 2, 2, 0, 0, 0, 0, 0, 0]);
    expect(Array.from(lstmParams(new Rng(1), 2, 3).b.data.subarray(3, 6))).toEqual([1, 1, 1]);
  });

  it('names the op and the shapes when W does not fit h and x', () => {
    const p = lstmParams(new Rng(2), 4, 3);
    expect(() => lstmCell(tensor(1, 5), tensor(1, 3), tensor(1, 3), p)).toThrow(
      'lstmCell: shapes [12,7] and [1,5] do not fit: W must be [4H, H+D] = [12,8]',
    );
  });

  it('fused gives gradients matching central differences for x, h, c, W and b', () => {
    const rng = new Rng(110);
    const p = randomLstm(rng, 3, 4);
    const x = randParam(rng, 2, 3);
    const h = randParam(rng, 2, 4);
    const c = randParam(rng, 2, 4);
    const lh = probe(rng, 2, 4);
    const lc = probe(rng, 2, 4);
    expectGradsMatch(() => {
      const s = lstmCell(x, h, c, p);
      return add(lh(s.h), lc(s.c));
    }, [x, h, c, p.W, p.b]);
  });

  it('composed gives gradients matching central differences', () => {
    const rng = new Rng(111);
    const p = randomLstm(rng, 2, 3);
    const x = randParam(rng, 2, 2);
    const h = randParam(rng, 2, 3);
    const c = randParam(rng, 2, 3);
    const lh = probe(rng, 2, 3);
    const lc = probe(rng, 2, 3);
    expectGradsMatch(() => {
      const s = lstmCellComposed(x, h, c, p);
      return add(lh(s.h), lc(s.c));
    }, [x, h, c, p.W, p.b]);
  });

  it('gradchecks through a 4-step unroll', () => {
    const rng = new Rng(112);
    const p = randomLstm(rng, 2, 3);
    const xs = Array.from({ length: 4 }, () => randConst(rng, 2, 2));
    const loss = probe(rng, 2, 3);
    expectGradsMatch(() => {
      let s = { h: tensor(2, 3), c: tensor(2, 3) };
      for (const x of xs) s = lstmCell(x, s.h, s.c, p);
      return loss(s.h);
    }, [p.W, p.b]);
  });

  it('fused and composed agree on h, c, gates and every gradient over a 6-step unroll', () => {
    const rng = new Rng(113);
    const p = randomLstm(rng, 3, 4);
    const xs = Array.from({ length: 6 }, () => randParam(rng, 2, 3));
    const lh = probe(rng, 2, 4);
    const lc = probe(rng, 2, 4);
    expectFusedMatchesComposed(
      (fused) => {
        let h = tensor(2, 4);
        let c = tensor(2, 4);
        const out = [];
        for (const x of xs) {
          const s = fused ? lstmCell(x, h, c, p) : lstmCellComposed(x, h, c, p);
          h = s.h;
          c = s.c;
          out.push(s.h, s.c);
        }
        return { loss: add(lh(addN(out.filter((_, k) => k % 2 === 0))), lc(c)), outputs: out };
      },
      [p.W, p.b, ...xs],
    );
  });

  it('reads ∂L/∂c_t as the total derivative, including the path through h_t', () => {
    const rng = new Rng(114);
    const p = randomLstm(rng, 2, 2);
    const tape = new Tape();
    const s = tape.run(() => lstmCell(randConst(rng, 1, 2), tensor(1, 2), tensor(1, 2), p));
    const R = randConst(rng, 1, 2);
    tape.backward(tape.run(() => sum(mul(s.h, R))));
    // L = Σ R ⊙ o ⊙ tanh(c) ⇒ ∂L/∂h = R and ∂L/∂c = R ⊙ o ⊙ (1 − tanh² c)
    const o = (s.gates as Tensor).data.subarray(6, 8);
    expectArrayClose(s.h.grad as Float64Array, R.data);
    expectArrayClose(
      s.c.grad as Float64Array,
      [0, 1].map((j) => R.data[j] * o[j] * (1 - Math.tanh(s.c.data[j]) ** 2)),
    );
  });

  it('backpropagates through 2,000 fused steps without overflowing the stack', () => {
    const rng = new Rng(115);
    const p = randomLstm(rng, 2, 4);
    const x = randConst(rng, 1, 2);
    const tape = new Tape();
    const hs = tape.run(() => {
      let s = { h: tensor(1, 4), c: tensor(1, 4) };
      const out = [];
      for (let t = 0; t < 2000; t++) {
        s = lstmCell(x, s.h, s.c, p);
        out.push(s.h);
      }
      return out;
    });
    tape.backward(tape.run(() => sum(hs[1999])));
    expect(tape.length).toBe(2001);
    expect(Array.from(p.W.grad as Float64Array).every(Number.isFinite)).toBe(true);
    expect(hs[0].grad).not.toBeNull();
  });
});
