// Seeded weight initialisers: uniform, normal, Glorot, orthogonal; every one returns a fresh trainable parameter.
import { param } from '../create.ts';
import type { Rng } from '../rng.ts';
import type { Tensor } from '../tensor.ts';

/** A [rows, cols] parameter with entries uniform in [lo, hi). */
export function uniform(rng: Rng, rows: number, cols: number, lo: number, hi: number): Tensor {
  const p = param(rows, cols);
  const d = p.data;
  for (let i = 0; i < d.length; i++) d[i] = rng.uniform(lo, hi);
  return p;
}

/** A [rows, cols] parameter with entries from N(0, std²). */
export function normal(rng: Rng, rows: number, cols: number, std: number): Tensor {
  const p = param(rows, cols);
  const d = p.data;
  for (let i = 0; i < d.length; i++) d[i] = std * rng.normal();
  return p;
}

/** A [rows, cols] parameter of zeros (biases). */
export function zeros(rows: number, cols: number): Tensor {
  return param(rows, cols);
}

/**
 * Glorot & Bengio (2010) uniform: U(±√(6 / (fanIn + fanOut))), keeping activation and gradient
 * variances roughly equal across a layer. For a weight W: [out, in] acting as W·x, fanIn = cols, fanOut = rows.
 */
export function glorotUniform(rng: Rng, rows: number, cols: number): Tensor {
  const limit = Math.sqrt(6 / (rows + cols));
  return uniform(rng, rows, cols, -limit, limit);
}

/**
 * A random orthogonal [rows, cols] parameter times gain (Saxe et al. 2014): orthonormal rows if
 * rows ≤ cols, else orthonormal columns. A square one keeps every singular value at `gain`, so a linear
 * recurrence neither shrinks nor blows up any direction. Made by QR (modified Gram–Schmidt, signs fixed
 * so R has a positive diagonal) of a Gaussian matrix, which makes it uniform over orthogonal matrices.
 */
export function orthogonal(rng: Rng, rows: number, cols: number, gain = 1): Tensor {
  const n = Math.max(rows, cols); // length of each vector
  const k = Math.min(rows, cols); // number of orthonormal vectors
  const q: Float64Array[] = [];
  for (let v = 0; v < k; v++) {
    const u = new Float64Array(n);
    for (let i = 0; i < n; i++) u[i] = rng.normal();
    for (const prev of q) {
      let dot = 0;
      for (let i = 0; i < n; i++) dot += u[i] * prev[i];
      for (let i = 0; i < n; i++) u[i] -= dot * prev[i];
    }
    let norm = 0;
    for (let i = 0; i < n; i++) norm += u[i] * u[i];
    norm = Math.sqrt(norm);
    for (let i = 0; i < n; i++) u[i] /= norm;
    q.push(u);
  }
  const p = param(rows, cols);
  const d = p.data;
  for (let v = 0; v < k; v++) {
    for (let i = 0; i < n; i++) {
      // vectors are rows when rows ≤ cols, columns otherwise
      if (rows <= cols) d[v * cols + i] = gain * q[v][i];
      else d[i * cols + v] = gain * q[v][i];
    }
  }
  return p;
}
