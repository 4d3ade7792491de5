// Specification of inverted dropout: identity when off, the same mask for the same seed, scaling by 1/(1 − rate), and shards of one mask.
import { describe, expect, it } from 'vitest';
import { expectGradsMatch, probe, randConst, randParam, Rng } from '../__tests__/helpers.ts';
import { fromRows } from '../create.ts';
import { dropout } from './dropout.ts';

describe('dropout', () => {
  it('is the identity (the same tensor, no rng draw) at rate 0 and when not training', () => {
    const x = fromRows([[1, 2, 3]]);
    const rng = new Rng(5);
    expect(dropout(x, 0, rng)).toBe(x);
    expect(dropout(x, 0.5, rng, { training: false })).toBe(x);
    expect(rng.next()).toBe(new Rng(5).next());
  });

  it('draws the same mask from the same seed, keeps survivors scaled by 1/(1 − rate) and zeroes the rest', () => {
    const x = randConst(new Rng(1), 20, 10);
    const a = dropout(x, 0.3, new Rng(7));
    const b = dropout(x, 0.3, new Rng(7));
    expect(Array.from(a.data)).toEqual(Array.from(b.data));
    let dropped = 0;
    for (let i = 0; i < a.data.length; i++) {
      if (a.data[i] === 0) dropped++;
      else expect(a.data[i]).toBeCloseTo(x.data[i] / 0.7, 14);
    }
    expect(dropped).toBeGreaterThan(30);
    expect(dropped).toBeLessThan(90);
    expect(Array.from(dropout(x, 0.3, new Rng(8)).data)).not.toEqual(Array.from(a.data));
  });

  it('a shard of rows gets exactly the rows of the full batch mask, and the rng advances the same', () => {
    const x = randConst(new Rng(2), 6, 4);
    const fullRng = new Rng(9);
    const full = dropout(x, 0.5, fullRng);
    const shardRng = new Rng(9);
    const rows = fromRows(x.toRows().slice(2, 5));
    const part = dropout(rows, 0.5, shardRng, { rowOffset: 2, totalRows: 6 });
    expect(Array.from(part.data)).toEqual(Array.from(full.data.subarray(8, 20)));
    expect(shardRng.next()).toBe(fullRng.next());
  });

  it('gradient matches central differences (the mask is fixed by the seed)', () => {
    const rng = new Rng(221);
    const x = randParam(rng, 3, 4);
    const loss = probe(rng, 3, 4);
    expectGradsMatch(() => loss(dropout(x, 0.4, new Rng(3))), [x]);
  });

  it('refuses a rate outside [0, 1)', () => {
    expect(() => dropout(fromRows([[1]]), 1, new Rng(1))).toThrow('dropout: rate must be in [0, 1), got 1');
  });
});
