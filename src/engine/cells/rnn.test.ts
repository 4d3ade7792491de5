// Specification of the vanilla RNN cell for every activation: values, gradients, fused against composed.
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
import { type Activation, type RnnParams, rnnCell, rnnCellComposed, rnnParams } from './rnn.ts';

const activations: Activation[] = ['tanh', 'relu', 'linear', 'sigmoid'];

function randomRnn(rng: Rng, D: number, H: number): RnnParams {
  return { Wxh: randParam(rng, H, D, 0.8), Whh: randParam(rng, H, H, 0.8), b: randParam(rng, 1, H, 0.5) };
}

describe('rnnCell', () => {
  it('computes tanh(Wxh·x + Whh·h + b) as by hand', () => {
    const p = {
      Wxh: param(2, 1, [1, -1]),
      Whh: param(2, 2, [0.5, 0, 0, 0.5]),
      b: param(1, 2, [0.1, 0.2]),
    };
    const h = rnnCell(fromRows([[2]]), fromRows([[1, -1]]), p);
    expectArrayClose(h.data, [Math.tanh(2 + 0.5 + 0.1), Math.tanh(-2 - 0.5 + 0.2)]);
    const lin = rnnCell(fromRows([[2]]), fromRows([[1, -1]]), p, 'linear');
    expectArrayClose(lin.data, [2.6, -2.3]);
    const r = rnnCell(fromRows([[2]]), fromRows([[1, -1]]), p, 'relu');
    expectArrayClose(r.data, [2.6, 0]);
  });

  it('names the op and both shapes when x does not fit Wxh', () => {
    const p = rnnParams(new Rng(1), 8, 16);
    expect(() => rnnCell(tensor(1, 5), tensor(1, 16), p)).toThrow(
      'rnnCell: shapes [1,5] and [16,8] do not fit: x has 5 features, Wxh expects 8',
    );
  });

  for (const act of activations) {
    it(`fused ${act} gives gradients matching central differences for x, h, Wxh, Whh and b`, () => {
      const rng = new Rng(100);
      const p = randomRnn(rng, 3, 4);
      const x = randParam(rng, 2, 3);
      const h = randParam(rng, 2, 4);
      const loss = probe(rng, 2, 4);
      expectGradsMatch(() => loss(rnnCell(x, h, p, act)), [x, h, p.Wxh, p.Whh, p.b]);
    });

    it(`composed ${act} gives gradients matching central differences`, () => {
      const rng = new Rng(101);
      const p = randomRnn(rng, 3, 4);
      const x = randParam(rng, 2, 3);
      const h = randParam(rng, 2, 4);
      const loss = probe(rng, 2, 4);
      expectGradsMatch(() => loss(rnnCellComposed(x, h, p, act)), [x, h, p.Wxh, p.Whh, p.b]);
    });

    it(`fused and composed ${act} agree on values and gradients over a 6-step unroll`, () => {
      const rng = new Rng(102);
      const p = randomRnn(rng, 3, 5);
      const xs = Array.from({ length: 6 }, () => randParam(rng, 2, 3));
      const loss = probe(rng, 2, 5);
      expectFusedMatchesComposed(
        (fused) => {
          let h = tensor(2, 5);
          const hs = [];
          for (const x of xs) {
            h = fused ? rnnCell(x, h, p, act) : rnnCellComposed(x, h, p, act);
            hs.push(h);
          }
          return { loss: loss(addN(hs)), outputs: hs };
        },
        [p.Wxh, p.Whh, p.b, ...xs],
      );
    });
  }

  it('gradchecks through a 5-step unroll with gradients flowing back through h', () => {
    const rng = new Rng(103);
    const p = randomRnn(rng, 2, 3);
    const xs = Array.from({ length: 5 }, () => randConst(rng, 1, 2));
    const loss = probe(rng, 1, 3);
    expectGradsMatch(() => {
      let h = tensor(1, 3);
      for (const x of xs) h = rnnCell(x, h, p);
      return loss(h);
    }, [p.Wxh, p.Whh, p.b]);
  });
});
