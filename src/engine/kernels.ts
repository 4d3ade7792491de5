// The matrix products every op calls (matmul, linear, the fused cells, attention): one entry per layout, sent to the reference loops or a fast kernel.

// Three implementations compute the same c += op(a)·op(b):
//   reference  kernels.reference.ts: plain loops, the readable definition; always used for small products
//   typescript kernels.blocked.ts: packed panels and a 4×4 register tile, plain TypeScript
//   wasm       kernels.wasm.ts: the same tiling in WebAssembly SIMD (f64x2), from wasm/gemm.as.ts
// The fast kernels add the products in a different order from the reference loops, so results agree to
// rounding (about 1e-15 relative for the sizes the book uses), not bit for bit; each is deterministic.
import { gemmBlocked } from './kernels.blocked.ts';
import type { Strided } from './kernels.pack.ts';
import { gemmNNRef, gemmNTRef, gemmTNRef } from './kernels.reference.ts';
import { gemmWasm, wasmAvailable } from './kernels.wasm.ts';

/**
 * Which kernels large products use: 'fast' (WebAssembly SIMD where it exists, else 'typescript'),
 * 'typescript' (the blocked TypeScript kernel, what a browser without SIMD runs) or 'reference'
 * (the plain loops for every size: for tests and for comparison).
 */
export type KernelChoice = 'fast' | 'typescript' | 'reference';

let choice: KernelChoice = 'fast';

/** Chooses the kernels for every later product; returns the previous choice so a caller can restore it. */
export function setKernels(next: KernelChoice): KernelChoice {
  if (next !== 'fast' && next !== 'typescript' && next !== 'reference')
    throw new Error(`setKernels: expected 'fast', 'typescript' or 'reference', got ${JSON.stringify(next)}`);
  const previous = choice;
  choice = next;
  return previous;
}

/** A kernel that products can run on. */
export type KernelName = 'wasm' | 'typescript' | 'reference';

/** The kernel that large products run on now: 'wasm', 'typescript' or 'reference'. */
export function activeKernel(): KernelName {
  if (choice === 'reference') return 'reference';
  return choice === 'fast' && wasmAvailable() ? 'wasm' : 'typescript';
}

/**
 * Products with fewer multiply-adds than this stay on the reference loops: packing and copying cost
 * O(mk + kn + mn), which a small product cannot repay (measured: at 16×16·16×16 the WebAssembly
 * kernel already takes half the reference's time, at 8×8·8×8 they tie). A recurrent step at batch 1
 * stays on the reference loops through the m, n and k limits below.
 */
export const FAST_MIN_MULADDS = 4096;
/** Nor do products with fewer than 4 rows or columns in c (a 4-wide tile would be mostly padding)… */
const FAST_MIN_MN = 4;
/** …or short sums (k < 8): each element of c is copied in and out for only k multiply-adds. */
const FAST_MIN_K = 8;

function fastKernel(m: number, n: number, k: number): typeof gemmWasm | null {
  if (choice === 'reference' || m < FAST_MIN_MN || n < FAST_MIN_MN || k < FAST_MIN_K) return null;
  if (m * n * k < FAST_MIN_MULADDS) return null;
  return choice === 'fast' && wasmAvailable() ? gemmWasm : gemmBlocked;
}

const rowMajor = (data: Float64Array, off: number, ld: number): Strided => ({
  data,
  off,
  rowStride: ld,
  colStride: 1,
});
const transposed = (data: Float64Array, off: number, ld: number): Strided => ({
  data,
  off,
  rowStride: 1,
  colStride: ld,
});

/** c[i, j] += Σ_p a[i, p] · b[p, j]   for a: [m, k] (lda), b: [k, n] (ldb), c: [m, n] (ldc). */
export function gemmNN(
  m: number,
  n: number,
  k: number,
  a: Float64Array,
  aOff: number,
  lda: number,
  b: Float64Array,
  bOff: number,
  ldb: number,
  c: Float64Array,
  cOff: number,
  ldc: number,
): void {
  const fast = fastKernel(m, n, k);
  if (fast === null) gemmNNRef(m, n, k, a, aOff, lda, b, bOff, ldb, c, cOff, ldc);
  else fast(m, n, k, rowMajor(a, aOff, lda), rowMajor(b, bOff, ldb), c, cOff, ldc);
}

/** c[i, j] += Σ_p a[i, p] · b[j, p]   for a: [m, k] (lda), b: [n, k] (ldb), c: [m, n] (ldc): rows of a dotted with rows of b. */
export function gemmNT(
  m: number,
  n: number,
  k: number,
  a: Float64Array,
  aOff: number,
  lda: number,
  b: Float64Array,
  bOff: number,
  ldb: number,
  c: Float64Array,
  cOff: number,
  ldc: number,
): void {
  const fast = fastKernel(m, n, k);
  if (fast === null) gemmNTRef(m, n, k, a, aOff, lda, b, bOff, ldb, c, cOff, ldc);
  else fast(m, n, k, rowMajor(a, aOff, lda), transposed(b, bOff, ldb), c, cOff, ldc);
}

/** c[i, j] += Σ_p a[p, i] · b[p, j]   for a: [k, m] (lda), b: [k, n] (ldb), c: [m, n] (ldc): a sum of outer products. */
export function gemmTN(
  m: number,
  n: number,
  k: number,
  a: Float64Array,
  aOff: number,
  lda: number,
  b: Float64Array,
  bOff: number,
  ldb: number,
  c: Float64Array,
  cOff: number,
  ldc: number,
): void {
  const fast = fastKernel(m, n, k);
  if (fast === null) gemmTNRef(m, n, k, a, aOff, lda, b, bOff, ldb, c, cOff, ldc);
  else fast(m, n, k, transposed(a, aOff, lda), rowMajor(b, bOff, ldb), c, cOff, ldc);
}

/** A reusable scratch buffer for backward passes, grown on demand and never shrunk. */
let workspaceBuf = new Float64Array(1024);
export function workspace(n: number): Float64Array {
  if (workspaceBuf.length < n) workspaceBuf = new Float64Array(Math.max(n, 2 * workspaceBuf.length));
  return workspaceBuf;
}
