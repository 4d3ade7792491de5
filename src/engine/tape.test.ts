// Specification of the tape: deep unrolls, gradient accumulation, resets, no-grad and finite checks.
import { describe, expect, it } from 'vitest';
import { randParam, Rng } from './__tests__/helpers.ts';
import { fromRows, param, tensor } from './create.ts';
import { NonFiniteError, StaleTensorError } from './errors.ts';
import { log, tanh } from './ops/activations.ts';
import { add, mul, scale } from './ops/elementwise.ts';
import { matmul } from './ops/matmul.ts';
import { sum } from './ops/reduce.ts';
import { Tape } from './tape.ts';

describe('Tape', () => {
  it('backpropagates through a 2,000-step unroll without overflowing the stack', () => {
    const rng = new Rng(70);
    const W = randParam(rng, 4, 4, 0.3);
    const tape = new Tape();
    const hs = tape.run(() => {
      let h = fromRows([[1, 0, 0, 0]]);
      const out = [];
      for (let t = 0; t < 2000; t++) {
        h = tanh(matmul(h, W));
        out.push(h);
      }
      return out;
    });
    const loss = tape.run(() => sum(hs[1999]));
    tape.backward(loss);
    expect(tape.length).toBe(4001);
    expect(Number.isFinite((W.grad as Float64Array)[0])).toBe(true);
    expect(hs[0].grad).not.toBeNull();
  });

  it('gives a value used several times the sum of its gradients', () => {
    const x = param(1, 1, [3]);
    const tape = new Tape();
    // y = x·x + 2x + x  ⇒  dy/dx = 2x + 3 = 9
    const y = tape.run(() => add(add(mul(x, x), scale(x, 2)), x));
    tape.backward(y);
    expect(x.grad?.[0]).toBe(9);
  });

  it('exposes the gradient of every intermediate, ∂L/∂h_t for each t', () => {
    const w = param(1, 1, [0.5]);
    const tape = new Tape();
    const hs = tape.run(() => {
      let h = fromRows([[1]]);
      const out = [];
      for (let t = 0; t < 3; t++) {
        h = mul(h, w);
        out.push(h);
      }
      return out;
    });
    tape.backward(tape.run(() => sum(hs[2])));
    // L = h_3 = w·h_2 = w²·h_1 ⇒ ∂L/∂h_3 = 1, ∂L/∂h_2 = w, ∂L/∂h_1 = w²
    expect(hs.map((h) => h.grad?.[0])).toEqual([0.25, 0.5, 1]);
  });

  it('accumulates into leaves across backward calls but zeroes intermediates each time', () => {
    const x = param(1, 1, [2]);
    const tape = new Tape();
    const y = tape.run(() => mul(x, x));
    const loss = tape.run(() => sum(y));
    tape.backward(loss);
    tape.backward(loss);
    expect(x.grad?.[0]).toBe(8);
    expect(y.grad?.[0]).toBe(1);
  });

  it('throws a clear error when a tensor is read after its tape was reset', () => {
    const tape = new Tape();
    const x = param(1, 2, [1, 2]);
    const y = tape.run(() => tanh(x));
    tape.reset();
    expect(() => y.data).toThrow(StaleTensorError);
    expect(() => y.data).toThrow("stale tensor: this [1,2] result of 'tanh' was made in tape generation 0");
    expect(() => tape.run(() => add(y, x))).toThrow(StaleTensorError);
    expect(y.live).toBe(false);
  });

  // The arena hands a slot back with the gradient view it had last round; a tensor that needs no
  // gradient this round must still say null, as the API promises.
  it('on a reused tape, a result that needs no gradient has grad null, though its slot once had one', () => {
    const tape = new Tape();
    const p = param(1, 2, [1, 2]);
    const c = tensor(1, 2, [3, 4]);
    expect(tape.run(() => scale(p, 2)).grad).not.toBeNull();
    tape.reset();
    const fromConstant = tape.run(() => scale(c, 2));
    expect(fromConstant.requiresGrad).toBe(false);
    expect(fromConstant.grad).toBeNull();
    tape.reset();
    const unrecorded = tape.noGrad(() => scale(p, 2));
    expect(unrecorded.grad).toBeNull();
    tape.reset();
    const again = tape.run(() => scale(p, 2));
    expect(again.grad).not.toBeNull();
  });

  it('reuses its memory on reset, so a repeated step allocates no new arena', () => {
    const rng = new Rng(71);
    const W = randParam(rng, 8, 8);
    const tape = new Tape();
    const step = () => {
      tape.reset();
      const y = tape.run(() => sum(tanh(matmul(W, W))));
      tape.backward(y);
      return y.item();
    };
    const first = step();
    const { capacity } = tape.memory;
    for (let i = 0; i < 50; i++) expect(step()).toBe(first);
    expect(tape.memory.capacity).toBe(capacity);
  });

  it('in noGrad records no gradient, and backward says why it cannot run', () => {
    const x = param(1, 1, [1]);
    const tape = new Tape();
    const y = tape.noGrad(() => sum(tanh(x)));
    expect(y.requiresGrad).toBe(false);
    expect(y.grad).toBeNull();
    expect(() => tape.backward(y)).toThrow(
      'backward: the loss does not depend on anything that requires a gradient',
    );
  });

  it('computes eagerly, with no tape and no gradient, outside run()', () => {
    const y = tanh(param(1, 1, [0]));
    expect(y.tape).toBeNull();
    expect(y.item()).toBe(0);
  });

  it('refuses inputs recorded on another tape', () => {
    const a = new Tape();
    const b = new Tape();
    const x = a.run(() => tanh(param(1, 1, [0])));
    expect(() => b.run(() => tanh(x))).toThrow(
      'tanh: an input was made on a different tape than the active one',
    );
  });

  it('requires a [1,1] loss unless a seed gradient is given', () => {
    const x = param(1, 2, [1, 2]);
    const tape = new Tape();
    const y = tape.run(() => mul(x, x));
    expect(() => tape.backward(y)).toThrow('backward: the loss must be [1,1], got [1,2]');
    tape.backward(y, { seed: [1, 10] });
    expect(Array.from(x.grad as Float64Array)).toEqual([2, 40]);
  });

  it('names the first op that produced a non-finite value in the forward pass', () => {
    const x = param(1, 2, [1, -1]);
    const tape = new Tape({ checkFinite: true });
    const loss = tape.run(() => sum(scale(log(x), 2)));
    expect(tape.findNonFinite()).toEqual({ op: 'log', node: 0 });
    expect(() => tape.backward(loss)).toThrow(NonFiniteError);
    try {
      tape.backward(loss);
    } catch (e) {
      expect((e as NonFiniteError).op).toBe('log');
      expect((e as NonFiniteError).phase).toBe('forward');
    }
  });

  it('names the op whose backward produced a non-finite gradient', () => {
    // log(1e-310) ≈ −713.8 is finite, but its derivative 1/1e-310 overflows to Infinity.
    const x = param(1, 1, [1e-310]);
    const tape = new Tape();
    const loss = tape.run(() => sum(scale(log(x), 2)));
    expect(() => tape.backward(loss, { checkFinite: true })).toThrow("the backward of op 'log'");
  });
});
