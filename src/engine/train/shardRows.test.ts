// Specification of shardRows: shards tile the batch in order, differ by at most one row, and refuse impossible splits.
import { describe, expect, it } from 'vitest';
import { shardRows } from './shardRows.ts';

describe('shardRows', () => {
  it('gives the whole batch without a shard', () => {
    expect(shardRows(8)).toEqual({ start: 0, end: 8 });
  });

  it('tiles a batch of B rows with k contiguous shares whose sizes differ by at most one', () => {
    for (const B of [1, 2, 7, 8, 16]) {
      for (let count = 1; count <= Math.min(B, 5); count++) {
        const shares = Array.from({ length: count }, (_, index) => shardRows(B, { index, count }));
        expect(shares[0].start).toBe(0);
        expect(shares[count - 1].end).toBe(B);
        for (let i = 1; i < count; i++) expect(shares[i].start).toBe(shares[i - 1].end);
        const sizes = shares.map((s) => s.end - s.start);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        expect(Math.min(...sizes)).toBeGreaterThan(0);
      }
    }
  });

  it('splits 8 rows over 3 shards as 2, 3, 3', () => {
    const sizes = [0, 1, 2].map((index) => {
      const s = shardRows(8, { index, count: 3 });
      return s.end - s.start;
    });
    expect(sizes).toEqual([2, 3, 3]);
  });

  it('refuses more shards than rows and an index outside the shards', () => {
    expect(() => shardRows(2, { index: 0, count: 3 })).toThrow(
      'a batch of 2 rows cannot be split into 3 shards (1 to 2)',
    );
    expect(() => shardRows(8, { index: 2, count: 2 })).toThrow('shard index 2 is outside 0…1');
    expect(() => shardRows(8, { index: 0, count: 1.5 })).toThrow('cannot be split into 1.5 shards');
  });
});
