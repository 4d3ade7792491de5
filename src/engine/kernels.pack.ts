// Packing for the fast matrix products: operands of any layout (NN, NT, TN), offset and leading dimension are
// copied into 4-wide panels, so one tile kernel reads contiguous memory whatever the caller's layout.

/**
 * A strided view of a matrix operand: element (r, q) is data[off + r·rowStride + q·colStride].
 * A row-major [rows, cols] block with leading dimension ld is {rowStride: ld, colStride: 1}; its
 * transpose is {rowStride: 1, colStride: ld}.
 */
export interface Strided {
  data: Float64Array;
  off: number;
  rowStride: number;
  colStride: number;
}

/** Width of a panel, and of the tile of c a kernel step holds in registers (4 × 4). */
export const PANEL = 4;

/** Rounds n up to a whole number of panels. */
export function padded(n: number): number {
  return Math.ceil(n / PANEL) * PANEL;
}

/**
 * Writes A [m, k] as ⌈m/4⌉ row panels, each [k][4]: A(i0 + r, p) goes to dst[dstOff + (i0/4)·4k + 4p + r].
 * Rows past m are zero, so they only ever produce zero rows of c that nobody reads.
 */
export function packRows(m: number, k: number, A: Strided, dst: Float64Array, dstOff: number): void {
  const { data, off, rowStride, colStride } = A;
  if (rowStride === 1 && colStride !== 1) {
    packTransposed(m, k, A, dst, dstOff);
    return;
  }
  for (let i0 = 0; i0 < m; i0 += PANEL) {
    const panel = dstOff + i0 * k;
    const a0 = off + i0 * rowStride;
    if (i0 + PANEL <= m) {
      // Four rows side by side, p by p: when the source is a transpose (rowStride 1) the four reads
      // share a cache line, and when it is row-major they are four sequential streams.
      const a1 = a0 + rowStride;
      const a2 = a1 + rowStride;
      const a3 = a2 + rowStride;
      for (let p = 0, d = panel; p < k; p++, d += PANEL) {
        const q = p * colStride;
        dst[d] = data[a0 + q];
        dst[d + 1] = data[a1 + q];
        dst[d + 2] = data[a2 + q];
        dst[d + 3] = data[a3 + q];
      }
    } else {
      for (let p = 0, d = panel; p < k; p++, d += PANEL)
        for (let r = 0; r < PANEL; r++)
          dst[d + r] = i0 + r < m ? data[a0 + r * rowStride + p * colStride] : 0;
    }
  }
}

/** Rows of A packed together in packTransposed: 64 doubles, eight cache lines of each source line p. */
const BLOCK_ROWS = 64;

/**
 * packRows when A is a transpose (A(i, p) at off + i + p·colStride): a source line p holds a run of A's
 * rows side by side. Going panel by panel would read every line once per panel, a cache line for 4
 * doubles and a page jump for each p (a 1024 × 256 gradient took 2.3 ms); instead a block of 16 panels
 * is written line by line, so each line p gives 8 whole cache lines per pass. The same values land in
 * the same places as packRows's loop.
 */
function packTransposed(m: number, k: number, A: Strided, dst: Float64Array, dstOff: number): void {
  const { data, off, colStride } = A;
  for (let b0 = 0; b0 < m; b0 += BLOCK_ROWS) {
    const b1 = Math.min(m, b0 + BLOCK_ROWS);
    const full = b0 + Math.floor((b1 - b0) / PANEL) * PANEL; // rows in whole panels
    for (let p = 0; p < k; p++) {
      const src = off + p * colStride;
      for (let i0 = b0; i0 < full; i0 += PANEL) {
        const d = dstOff + i0 * k + p * PANEL;
        const s = src + i0;
        dst[d] = data[s];
        dst[d + 1] = data[s + 1];
        dst[d + 2] = data[s + 2];
        dst[d + 3] = data[s + 3];
      }
      if (full < b1) {
        const d = dstOff + full * k + p * PANEL;
        for (let r = 0; r < PANEL; r++) dst[d + r] = full + r < m ? data[src + full + r] : 0;
      }
    }
  }
}

/**
 * Writes B [k, n] as ⌈n/4⌉ column panels, each [k][4]: B(p, j0 + s) goes to dst[dstOff + (j0/4)·4k + 4p + s].
 * That is packRows of Bᵀ: the same code, with the strides swapped.
 */
export function packCols(k: number, n: number, B: Strided, dst: Float64Array, dstOff: number): void {
  packRows(n, k, { data: B.data, off: B.off, rowStride: B.colStride, colStride: B.rowStride }, dst, dstOff);
}
