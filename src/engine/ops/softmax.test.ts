// Specification of softmax, log-softmax and cross-entropy, including their stability.
import { describe, expect, it } from 'vitest';
import { expectArrayClose, expectGradsMatch, probe, randParam, Rng } from '../__tests__/helpers.ts';
import { fromRows } from '../create.ts';
import { crossEntropy } from './crossEntropy.ts';
import { logSoftmax, softmax } from './softmax.ts';

describe('softmax and logSoftmax', () => {
  it('softmax of [0, ln 3] is [1/4, 3/4] and each row sums to 1', () => {
    const y = softmax(
      fromRows([
        [0, Math.log(3)],
        [5, 5],
      ]),
    );
    expectArrayClose(y.data, [0.25, 0.75, 0.5, 0.5]);
  });

  it('logSoftmax stays finite for logits of ±1000, where log(softmax) would give −Infinity', () => {
    const y = logSoftmax(fromRows([[1000, -1000, 0]]));
    expectArrayClose(y.data, [0, -2000, -1000]);
    const p = softmax(fromRows([[1000, -1000, 0]]));
    expect(Array.from(p.data)).toEqual([1, 0, 0]);
  });

  it('softmax gives gradients matching central differences', () => {
    const rng = new Rng(30);
    const x = randParam(rng, 3, 5, 3);
    const loss = probe(rng, 3, 5);
    expectGradsMatch(() => loss(softmax(x)), [x]);
  });

  it('logSoftmax gives gradients matching central differences', () => {
    const rng = new Rng(31);
    const x = randParam(rng, 4, 3, 3);
    const loss = probe(rng, 4, 3);
    expectGradsMatch(() => loss(logSoftmax(x)), [x]);
  });
});

describe('crossEntropy', () => {
  it('is ln 2 for two equal logits and ln 3 averaged with 0-ish for a confident row', () => {
    expect(crossEntropy(fromRows([[0, 0]]), [1]).item()).toBeCloseTo(Math.LN2, 14);
    const loss = crossEntropy(
      fromRows([
        [0, 0, 0],
        [50, 0, 0],
      ]),
      [2, 0],
    );
    expect(loss.item()).toBeCloseTo((Math.log(3) + Math.log(1 + 2 * Math.exp(-50))) / 2, 14);
  });

  it('stays finite when the target logit is 1000 below the others', () => {
    expect(crossEntropy(fromRows([[1000, 0]]), [1]).item()).toBeCloseTo(1000, 10);
  });

  it('gives gradients matching central differences', () => {
    const rng = new Rng(32);
    const z = randParam(rng, 5, 4, 3);
    expectGradsMatch(() => crossEntropy(z, [0, 3, 1, 1, 2]), [z]);
  });

  it('skips rows whose target is the ignore index, in the value and the gradient', () => {
    const rng = new Rng(33);
    const z = randParam(rng, 3, 4, 2);
    const full = crossEntropy(z, [1, 2, 3]).item();
    const ignored = crossEntropy(z, [1, -1, 3], { ignoreIndex: -1 }).item();
    const two =
      (crossEntropy(z, [1, 2, 3]).item() * 3 - crossEntropy(fromRows([z.toRows()[1]]), [2]).item()) / 2;
    expect(ignored).toBeCloseTo(two, 12);
    expect(ignored).not.toBeCloseTo(full, 6);
    expectGradsMatch(() => crossEntropy(z, [1, -1, 3], { ignoreIndex: -1 }), [z]);
    expect(Array.from((z.grad as Float64Array).subarray(4, 8))).toEqual([0, 0, 0, 0]);
  });

  it('names the op and the counts when targets and rows disagree', () => {
    expect(() => crossEntropy(fromRows([[0, 0]]), [0, 1])).toThrow(
      'crossEntropy: logits [1,2] need 1 targets, got 2',
    );
    expect(() => crossEntropy(fromRows([[0, 0]]), [2])).toThrow(
      'crossEntropy: target 2 at row 0 is outside [0, 2)',
    );
  });
});
