// The WebAssembly SIMD matrix-product kernel (AssemblyScript; `npm run wasm` compiles it to gemm.wasm.ts).

// It knows one layout only, the packed one that kernels.pack.ts writes (the caller transposes while
// packing, so NN, NT and TN all arrive here alike):
//   A: ⌈m/4⌉ row panels, each [k][4]: a[i0 + r, p] at ap + 8·(panel·4k + 4p + r)
//   B: ⌈n/4⌉ column panels, each [k][4]: b[p, j0 + s] at bp + 8·(panel·4k + 4p + s)
//   C: [4⌈m/4⌉, 4⌈n/4⌉] row-major (ldc = 4⌈n/4⌉ doubles), accumulated into: C += A·B.
// A 4×4 tile of C lives in eight f64x2 registers across a run of k (register blocking, as in
// Goto & van de Geijn 2008, "Anatomy of high-performance matrix multiplication"); each step p loads
// one packed row of B (two f64x2) and broadcasts four entries of A, for 16 multiply-adds.
// Multiply then add, never a fused multiply-add: relaxed SIMD's madd may round differently from one
// machine to the next, and the engine promises the same result on every run and every machine.

/** Columns of C per block, so that a [KC, NC] block of packed B (128 KiB) stays in the L2 cache. */
const NC: i32 = 64;
/** Steps of k per block. */
const KC: i32 = 256;

/** C[0:4, 0:4] += A[0:4, 0:kc] · B[0:kc, 0:4] for one row panel (ap) and one column panel (bp); Binaryen inlines it. */
function tile(kc: i32, ap: usize, bp: usize, cp: usize, ldcBytes: usize): void {
  const c1 = cp + ldcBytes;
  const c2 = c1 + ldcBytes;
  const c3 = c2 + ldcBytes;
  let c00 = v128.load(cp);
  let c01 = v128.load(cp, 16);
  let c10 = v128.load(c1);
  let c11 = v128.load(c1, 16);
  let c20 = v128.load(c2);
  let c21 = v128.load(c2, 16);
  let c30 = v128.load(c3);
  let c31 = v128.load(c3, 16);
  for (let p = 0; p < kc; p++) {
    const b0 = v128.load(bp);
    const b1 = v128.load(bp, 16);
    const a0 = v128.load64_splat(ap);
    const a1 = v128.load64_splat(ap, 8);
    const a2 = v128.load64_splat(ap, 16);
    const a3 = v128.load64_splat(ap, 24);
    c00 = f64x2.add(c00, f64x2.mul(a0, b0));
    c01 = f64x2.add(c01, f64x2.mul(a0, b1));
    c10 = f64x2.add(c10, f64x2.mul(a1, b0));
    c11 = f64x2.add(c11, f64x2.mul(a1, b1));
    c20 = f64x2.add(c20, f64x2.mul(a2, b0));
    c21 = f64x2.add(c21, f64x2.mul(a2, b1));
    c30 = f64x2.add(c30, f64x2.mul(a3, b0));
    c31 = f64x2.add(c31, f64x2.mul(a3, b1));
    ap += 32;
    bp += 32;
  }
  v128.store(cp, c00);
  v128.store(cp, c01, 16);
  v128.store(c1, c10);
  v128.store(c1, c11, 16);
  v128.store(c2, c20);
  v128.store(c2, c21, 16);
  v128.store(c3, c30);
  v128.store(c3, c31, 16);
}

/**
 * C += A·B on packed operands: mPanels = ⌈m/4⌉, nPanels = ⌈n/4⌉; byte addresses ap, bp, cp.
 * For every element of C the products are added in increasing p, so the result does not depend on
 * the blocking: it is Σ_p in order, starting from C's old value.
 */
export function gemmPacked(mPanels: i32, nPanels: i32, k: i32, ap: usize, bp: usize, cp: usize): void {
  const panelBytes = (<usize>k) << 5; // one [k][4] panel of doubles
  const ldcBytes = (<usize>nPanels) << 5; // a row of C: 4·nPanels doubles
  for (let p0 = 0; p0 < k; p0 += KC) {
    const kc = min(KC, k - p0);
    const pBytes = (<usize>p0) << 5;
    for (let j0 = 0; j0 < nPanels; j0 += NC >> 2) {
      const j1 = min(nPanels, j0 + (NC >> 2));
      for (let ib = 0; ib < mPanels; ib++) {
        const a = ap + <usize>ib * panelBytes + pBytes;
        const cRow = cp + <usize>ib * (ldcBytes << 2);
        for (let jb = j0; jb < j1; jb++) {
          tile(kc, a, bp + <usize>jb * panelBytes + pBytes, cRow + ((<usize>jb) << 5), ldcBytes);
        }
      }
    }
  }
}

/** First byte the caller may use: everything below belongs to the module. */
export function heapBase(): usize {
  return __heap_base;
}
