// Packing for the fast kernels: whatever the operand's layout, panel p of rows i0…i0+3 holds A(i0 + r, p) at
// 4p + r, and rows past m hold zeros. The transposed path (packed line by line in blocks) must put the
// very same values in the very same places.
import { describe, expect, it } from 'vitest';
import { Rng } from './__tests__/helpers.ts';
import { packCols, packRows, padded, type Strided } from './kernels.pack.ts';

/** The packed layout from its definition, one element at a time. */
function packedByDefinition(m: number, k: number, A: Strided): Float64Array {
  const out = new Float64Array(padded(m) * k);
  for (let i = 0; i < padded(m); i++)
    for (let p = 0; p < k; p++)
      out[(i - (i % 4)) * k + 4 * p + (i % 4)] =
        i < m ? A.data[A.off + i * A.rowStride + p * A.colStride] : 0;
  return out;
}

describe('packing operands into 4-wide panels', () => {
  const rng = new Rng(14);
  it.each([
    [1, 1],
    [3, 5],
    [4, 8],
    [63, 7],
    [64, 64],
    [65, 9],
    [130, 33],
    [257, 3],
  ])('packs a %i × %i operand in every layout, at an offset and a padded leading dimension', (m, k) => {
    const pad = 3;
    const data = Float64Array.from({ length: 5 + (m + pad) * (k + pad) }, () => rng.uniform(-1, 1));
    const rowMajor: Strided = { data, off: 5, rowStride: k + pad, colStride: 1 };
    const transposed: Strided = { data, off: 5, rowStride: 1, colStride: m + pad };
    for (const A of [rowMajor, transposed]) {
      const dst = new Float64Array(2 + padded(m) * k).fill(Number.NaN);
      packRows(m, k, A, dst, 2);
      expect(dst.subarray(2)).toEqual(packedByDefinition(m, k, A));
      // packCols is packRows of the transpose
      const cols = new Float64Array(padded(m) * k);
      packCols(k, m, { data, off: A.off, rowStride: A.colStride, colStride: A.rowStride }, cols, 0);
      expect(cols).toEqual(packedByDefinition(m, k, A));
    }
  });
});
