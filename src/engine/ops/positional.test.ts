// Specification of positional encodings: the sinusoid table's values and shift property, and the row-broadcast add.
import { describe, expect, it } from 'vitest';
import { expectArrayClose, expectGradsMatch, probe, randParam, Rng } from '../__tests__/helpers.ts';
import { fromRows } from '../create.ts';
import { addPositions, sinusoidalPositions } from './positional.ts';

describe('positional encodings', () => {
  it('sinusoidalPositions matches sin/cos of t / 10000^(2i/d)', () => {
    const pe = sinusoidalPositions(3, 4);
    expectArrayClose(pe.data.subarray(0, 4), [0, 1, 0, 1]);
    expectArrayClose(pe.data.subarray(8, 12), [
      Math.sin(2),
      Math.cos(2),
      Math.sin(2 / 100),
      Math.cos(2 / 100),
    ]);
  });

  it('a shift by k is the same rotation of each (sin, cos) pair at every position', () => {
    const d = 8;
    const pe = sinusoidalPositions(20, d);
    const k = 3;
    for (const t of [0, 5, 11]) {
      for (let i = 0; i < d / 2; i++) {
        const w = 1 / 10000 ** ((2 * i) / d);
        const [s, c] = [pe.get(t, 2 * i), pe.get(t, 2 * i + 1)];
        expect(pe.get(t + k, 2 * i)).toBeCloseTo(s * Math.cos(k * w) + c * Math.sin(k * w), 12);
        expect(pe.get(t + k, 2 * i + 1)).toBeCloseTo(c * Math.cos(k * w) - s * Math.sin(k * w), 12);
      }
    }
  });

  it('addPositions adds row t of P to row t of every sequence', () => {
    const x = fromRows([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
    ]);
    const P = fromRows([
      [10, 20],
      [30, 40],
      [99, 99],
    ]);
    expect(Array.from(addPositions(x, P, 2).data)).toEqual([11, 21, 32, 42, 13, 23, 34, 44]);
  });

  it('addPositions gradients match central differences for x and a learned P', () => {
    const rng = new Rng(231);
    const x = randParam(rng, 6, 3);
    const P = randParam(rng, 4, 3);
    const loss = probe(rng, 6, 3);
    expectGradsMatch(() => loss(addPositions(x, P, 3)), [x, P]);
  });

  it('refuses a table with too few positions', () => {
    expect(() => addPositions(fromRows([[1], [2], [3]]), fromRows([[0], [0]]), 3)).toThrow(
      'addPositions: positions [2,1] need 1 columns and at least 3 rows for x [3,1]',
    );
  });
});
