// Specification of embedding lookup and its scatter-add backward.
import { describe, expect, it } from 'vitest';
import { expectGradsMatch, probe, randParam, Rng } from '../__tests__/helpers.ts';
import { fromRows } from '../create.ts';
import { embedding } from './embedding.ts';
import { sum } from './reduce.ts';

describe('embedding', () => {
  const E = fromRows([
    [0, 0.5],
    [1, 1.5],
    [2, 2.5],
  ]);

  it('picks the rows named by the ids, in order, repeats allowed', () => {
    expect(embedding(E, [2, 0, 2]).toRows()).toEqual([
      [2, 2.5],
      [0, 0.5],
      [2, 2.5],
    ]);
  });

  it('refuses an id outside the table, naming it and the table shape', () => {
    expect(() => embedding(E, [3])).toThrow(
      'embedding: id 3 at position 0 is outside the table [3,2] (rows 0..2)',
    );
  });

  it('scatter-adds: an id used twice receives both gradients, an unused id none', () => {
    const rng = new Rng(60);
    const T = randParam(rng, 4, 3);
    const loss = probe(rng, 3, 3);
    expectGradsMatch(() => loss(embedding(T, [1, 3, 1])), [T]);
    const g = T.grad as Float64Array;
    expect(Array.from(g.subarray(0, 3))).toEqual([0, 0, 0]);
    expectGradsMatch(() => sum(embedding(T, [1, 1])), [T]);
    expect(Array.from((T.grad as Float64Array).subarray(3, 6))).toEqual([2, 2, 2]);
  });
});
