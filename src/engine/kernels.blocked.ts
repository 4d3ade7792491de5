// The fast matrix product in plain TypeScript (the path where WebAssembly SIMD is missing): packed panels and a 4×4 tile of c in locals.

// The reference loops load and store c once per four multiply-adds; here a 4×4 tile of c stays in 16
// local variables for a whole run of k, and each step p reads 4 + 4 packed doubles for 16 multiply-adds
// (register blocking, Goto & van de Geijn 2008). Packing (kernels.pack.ts) makes the reads contiguous
// and lets one kernel serve NN, NT and TN.
import { PANEL, packCols, packRows, padded, type Strided } from './kernels.pack.ts';

/** Steps of k per block, so a [KC, 4] panel of packed B (16 KiB) stays in L1 while A's panels stream by. */
const KC = 256;

let scratch = new Float64Array(4096);

/** c[i, j] += Σ_p A(i, p) · B(p, j) for A: [m, k], B: [k, n] (strided views), c: [m, n] at cOff with ldc. */
export function gemmBlocked(
  m: number,
  n: number,
  k: number,
  A: Strided,
  B: Strided,
  c: Float64Array,
  cOff: number,
  ldc: number,
): void {
  if (m === 0 || n === 0 || k === 0) return;
  const aSize = padded(m) * k;
  const need = aSize + padded(n) * k;
  if (scratch.length < need) scratch = new Float64Array(Math.max(need, 2 * scratch.length));
  const s = scratch;
  packRows(m, k, A, s, 0);
  packCols(k, n, B, s, aSize);
  for (let p0 = 0; p0 < k; p0 += KC) {
    const kc = Math.min(KC, k - p0);
    for (let j0 = 0; j0 < n; j0 += PANEL) {
      const bPanel = aSize + j0 * k + p0 * PANEL;
      for (let i0 = 0; i0 < m; i0 += PANEL) {
        const aPanel = i0 * k + p0 * PANEL;
        tile(
          kc,
          s,
          aPanel,
          bPanel,
          c,
          cOff + i0 * ldc + j0,
          ldc,
          Math.min(PANEL, m - i0),
          Math.min(PANEL, n - j0),
        );
      }
    }
  }
}

/** An edge tile's values, row-major, before the real rows and columns of it are added into c. */
const edge = new Float64Array(PANEL * PANEL);

/** c[0:rows, 0:cols] += A_panel · B_panel over kc steps; t_rs is entry (r, s) of the tile. */
// biome-ignore format: the sixteen accumulators read as the 4×4 tile they are
function tile(
  kc: number,
  s: Float64Array,
  ap: number,
  bp: number,
  c: Float64Array,
  ci: number,
  ldc: number,
  rows: number,
  cols: number,
): void {
  let t00 = 0, t01 = 0, t02 = 0, t03 = 0;
  let t10 = 0, t11 = 0, t12 = 0, t13 = 0;
  let t20 = 0, t21 = 0, t22 = 0, t23 = 0;
  let t30 = 0, t31 = 0, t32 = 0, t33 = 0;
  const end = ap + kc * PANEL;
  for (; ap < end; ap += PANEL, bp += PANEL) {
    const a0 = s[ap];
    const a1 = s[ap + 1];
    const a2 = s[ap + 2];
    const a3 = s[ap + 3];
    const b0 = s[bp];
    const b1 = s[bp + 1];
    const b2 = s[bp + 2];
    const b3 = s[bp + 3];
    t00 += a0 * b0; t01 += a0 * b1; t02 += a0 * b2; t03 += a0 * b3;
    t10 += a1 * b0; t11 += a1 * b1; t12 += a1 * b2; t13 += a1 * b3;
    t20 += a2 * b0; t21 += a2 * b1; t22 += a2 * b2; t23 += a2 * b3;
    t30 += a3 * b0; t31 += a3 * b1; t32 += a3 * b2; t33 += a3 * b3;
  }
  if (rows === PANEL && cols === PANEL) {
    const c1 = ci + ldc;
    const c2 = c1 + ldc;
    const c3 = c2 + ldc;
    c[ci] += t00; c[ci + 1] += t01; c[ci + 2] += t02; c[ci + 3] += t03;
    c[c1] += t10; c[c1 + 1] += t11; c[c1 + 2] += t12; c[c1 + 3] += t13;
    c[c2] += t20; c[c2 + 1] += t21; c[c2 + 2] += t22; c[c2 + 3] += t23;
    c[c3] += t30; c[c3 + 1] += t31; c[c3 + 2] += t32; c[c3 + 3] += t33;
    return;
  }
  // An edge tile: the padded rows and columns of the packed panels hold zeros; write only the real ones.
  edge[0] = t00; edge[1] = t01; edge[2] = t02; edge[3] = t03;
  edge[4] = t10; edge[5] = t11; edge[6] = t12; edge[7] = t13;
  edge[8] = t20; edge[9] = t21; edge[10] = t22; edge[11] = t23;
  edge[12] = t30; edge[13] = t31; edge[14] = t32; edge[15] = t33;
  for (let r = 0; r < rows; r++) for (let q = 0; q < cols; q++) c[ci + r * ldc + q] += edge[r * PANEL + q];
}
