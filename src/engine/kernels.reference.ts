// The reference matrix products: plain loops, the readable definition the fast kernels are tested against and the path for small products.

// BLAS-style: offsets and leading dimensions let them work on sub-blocks in place, and all three
// accumulate (c += …), so a backward can add straight into a gradient. The innermost loop always runs
// along contiguous memory, and NN/TN take four rows of b at a time so each c element is loaded and
// stored once per four multiply-adds instead of once per one.

/** c[i, j] += Σ_p a[i, p] · b[p, j]   for a: [m, k] (lda), b: [k, n] (ldb), c: [m, n] (ldc). */
export function gemmNNRef(
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
  for (let i = 0; i < m; i++) {
    const ci = cOff + i * ldc;
    const ai = aOff + i * lda;
    let p = 0;
    for (; p + 3 < k; p += 4) {
      const a0 = a[ai + p];
      const a1 = a[ai + p + 1];
      const a2 = a[ai + p + 2];
      const a3 = a[ai + p + 3];
      const b0 = bOff + p * ldb;
      const b1 = b0 + ldb;
      const b2 = b1 + ldb;
      const b3 = b2 + ldb;
      for (let j = 0; j < n; j++)
        c[ci + j] += a0 * b[b0 + j] + a1 * b[b1 + j] + a2 * b[b2 + j] + a3 * b[b3 + j];
    }
    for (; p < k; p++) {
      const ap = a[ai + p];
      const bp = bOff + p * ldb;
      for (let j = 0; j < n; j++) c[ci + j] += ap * b[bp + j];
    }
  }
}

/** c[i, j] += Σ_p a[i, p] · b[j, p]   for a: [m, k] (lda), b: [n, k] (ldb), c: [m, n] (ldc): rows of a dotted with rows of b. */
export function gemmNTRef(
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
  for (let i = 0; i < m; i++) {
    const ai = aOff + i * lda;
    const ci = cOff + i * ldc;
    for (let j = 0; j < n; j++) {
      const bj = bOff + j * ldb;
      let s0 = 0;
      let s1 = 0;
      let p = 0;
      for (; p + 1 < k; p += 2) {
        s0 += a[ai + p] * b[bj + p];
        s1 += a[ai + p + 1] * b[bj + p + 1];
      }
      if (p < k) s0 += a[ai + p] * b[bj + p];
      c[ci + j] += s0 + s1;
    }
  }
}

/** c[i, j] += Σ_p a[p, i] · b[p, j]   for a: [k, m] (lda), b: [k, n] (ldb), c: [m, n] (ldc): a sum of outer products. */
export function gemmTNRef(
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
  for (let i = 0; i < m; i++) {
    const ci = cOff + i * ldc;
    let p = 0;
    for (; p + 3 < k; p += 4) {
      const a0 = a[aOff + p * lda + i];
      const a1 = a[aOff + (p + 1) * lda + i];
      const a2 = a[aOff + (p + 2) * lda + i];
      const a3 = a[aOff + (p + 3) * lda + i];
      const b0 = bOff + p * ldb;
      const b1 = b0 + ldb;
      const b2 = b1 + ldb;
      const b3 = b2 + ldb;
      for (let j = 0; j < n; j++)
        c[ci + j] += a0 * b[b0 + j] + a1 * b[b1 + j] + a2 * b[b2 + j] + a3 * b[b3 + j];
    }
    for (; p < k; p++) {
      const ap = a[aOff + p * lda + i];
      const bp = bOff + p * ldb;
      for (let j = 0; j < n; j++) c[ci + j] += ap * b[bp + j];
    }
  }
}
