// Argmax reads: per row, ties to the lowest index, and the count of rows that hit their targets.
import { describe, expect, it } from 'vitest';
import { tensor } from '../create.ts';
import { argmaxMatches, argmaxRow } from './argmax.ts';

describe('argmax', () => {
  const x = tensor(3, 3, [0.1, 0.7, 0.2, 5, 5, -1, -3, -2, -1]);
  it('finds each row’s largest column, the first of equals', () => {
    expect([0, 1, 2].map((r) => argmaxRow(x, r))).toEqual([1, 0, 2]);
  });
  it('counts the rows whose argmax is the target, and refuses more targets than rows', () => {
    expect(argmaxMatches(x, [1, 1, 2])).toBe(2);
    expect(argmaxMatches(x, [1])).toBe(1);
    expect(() => argmaxMatches(x, [0, 0, 0, 0])).toThrow('4 targets for 3 rows');
  });
});
