// Specification of the GRU cell: hand-computed steps, gradients, and fused against composed.
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
import { addN } from '../ops/elementwise.ts';
import { type GruParams, gruCell, gruCellComposed, gruParams } from './gru.ts';

function randomGru(rng: Rng, D: number, H: number): GruParams {
  return { W: randParam(rng, 3 * H, H + D, 0.7), b: randParam(rng, 1, 3 * H, 0.5) };
}

describe('gruCell', () => {
  it('keeps h unchanged when the update gate z = 1', () => {
    const H = 2;
    const p = { W: param(3 * H, H + 1), b: param(1, 3 * H, [40, 40, 0, 0, 0, 0]) };
    const s = gruCell(fromRows([[3]]), fromRows([[0.7, -0.4]]), p);
    expectArrayClose(s.h.data, [0.7, -0.4], 1e-15);
  });

  it('computes one step as by hand (Cho et al. 2014: reset before the product)', () => {
    // H = 1, D = 1: W = [wz; wr; wh] acting on [h, x] (wh on [r·h, x])
    const p = { W: param(3, 2, [0.1, 0.2, 0.3, 0.4, 0.5, 0.6]), b: param(1, 3, [0.1, -0.1, 0.2]) };
    const h = 0.5;
    const x = -1;
    const s = (v: number) => 1 / (1 + Math.exp(-v));
    const z = s(0.1 * h + 0.2 * x + 0.1);
    const r = s(0.3 * h + 0.4 * x - 0.1);
    const hh = Math.tanh(0.5 * r * h + 0.6 * x + 0.2);
    const st = gruCell(fromRows([[x]]), fromRows([[h]]), p);
    expectArrayClose(st.h.data, [z * h + (1 - z) * hh]);
    expectArrayClose((st.gates as ReturnType<typeof param>).data, [z, r, hh]);
  });

  it('names the op and the shapes when W does not fit', () => {
    const p = gruParams(new Rng(1), 4, 3);
    expect(() => gruCell(tensor(1, 4), tensor(1, 2), p)).toThrow(
      'gruCell: shapes [9,7] and [1,4] do not fit: W must be [3H, H+D] = [6,6]',
    );
  });

  it('fused gives gradients matching central differences for x, h, W and b', () => {
    const rng = new Rng(120);
    const p = randomGru(rng, 3, 4);
    const x = randParam(rng, 2, 3);
    const h = randParam(rng, 2, 4);
    const loss = probe(rng, 2, 4);
    expectGradsMatch(() => loss(gruCell(x, h, p).h), [x, h, p.W, p.b]);
  });

  it('composed gives gradients matching central differences', () => {
    const rng = new Rng(121);
    const p = randomGru(rng, 2, 3);
    const x = randParam(rng, 2, 2);
    const h = randParam(rng, 2, 3);
    const loss = probe(rng, 2, 3);
    expectGradsMatch(() => loss(gruCellComposed(x, h, p).h), [x, h, p.W, p.b]);
  });

  it('gradchecks through a 4-step unroll', () => {
    const rng = new Rng(122);
    const p = randomGru(rng, 2, 3);
    const xs = Array.from({ length: 4 }, () => randConst(rng, 2, 2));
    const loss = probe(rng, 2, 3);
    expectGradsMatch(() => {
      let h = tensor(2, 3);
      for (const x of xs) h = gruCell(x, h, p).h;
      return loss(h);
    }, [p.W, p.b]);
  });

  it('fused and composed agree on h, gates and every gradient over a 6-step unroll', () => {
    const rng = new Rng(123);
    const p = randomGru(rng, 3, 4);
    const xs = Array.from({ length: 6 }, () => randParam(rng, 2, 3));
    const loss = probe(rng, 2, 4);
    expectFusedMatchesComposed(
      (fused) => {
        let h = tensor(2, 4);
        const hs = [];
        for (const x of xs) {
          h = (fused ? gruCell(x, h, p) : gruCellComposed(x, h, p)).h;
          hs.push(h);
        }
        return { loss: loss(addN(hs)), outputs: hs };
      },
      [p.W, p.b, ...xs],
    );
  });

  it('gruParams draws W reproducibly and starts b at zero', () => {
    const a = gruParams(new Rng(5), 2, 3);
    expect(Array.from(a.W.data)).toEqual(Array.from(gruParams(new Rng(5), 2, 3).W.data));
    expect(Array.from(a.b.data).every((v) => v === 0)).toBe(true);
  });
});
