// Spectral radius and largest singular value of a square weight, and recurrent weights scaled to a chosen spectral radius.
import { fmtShape } from '../errors.ts';
import { eigenvalues } from '../linalg/eigenvalues.ts';
import type { Rng } from '../rng.ts';
import type { Tensor } from '../tensor.ts';
import { normal, orthogonal } from './initializers.ts';

// Pascanu et al. (2013): with ‖diag f′‖ ≤ γ, ‖∂h_T/∂h_t‖ ≤ (γ·σ_max(Whh))^(T−t), so σ_max < 1/γ is
// sufficient for vanishing gradients, and ρ(Whh) > 1 is necessary for exploding ones. The book's
// sliders set ρ, the spectral radius (largest |eigenvalue|), because it decides the long-run behaviour
// of h_t = Whh·h_{t−1}; σ_max is also provided because it is what the bound uses.

function square(op: string, W: Tensor): number {
  if (W.rows !== W.cols) throw new Error(`${op}: needs a square matrix, got ${fmtShape(W)}`);
  return W.rows;
}

/**
 * ρ(W) = max |λᵢ| over all eigenvalues, computed exactly (up to rounding) from the full eigenvalue
 * set by Hessenberg QR, not estimated by power iteration, which converges slowly or oscillates when
 * the top eigenvalues are a complex pair or close in modulus, as they are for random matrices.
 */
export function spectralRadius(W: Tensor): number {
  const n = square('spectralRadius', W);
  const { re, im } = eigenvalues(W.data, n);
  let rho = 0;
  for (let i = 0; i < n; i++) rho = Math.max(rho, Math.hypot(re[i], im[i]));
  return rho;
}

/** σ_max(W) = ‖W‖₂ by power iteration on WᵀW (its top eigenvalue is real and separated generically). */
export function largestSingularValue(W: Tensor, iterations = 200): number {
  const { rows, cols } = W;
  const d = W.data;
  let v = new Float64Array(cols).fill(1 / Math.sqrt(cols));
  let sigma = 0;
  for (let it = 0; it < iterations; it++) {
    const u = new Float64Array(rows);
    for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) u[i] += d[i * cols + j] * v[j];
    const next = new Float64Array(cols);
    for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) next[j] += d[i * cols + j] * u[i];
    const norm = Math.hypot(...next);
    if (norm === 0) return 0;
    sigma = Math.sqrt(norm);
    v = next.map((x) => x / norm);
  }
  return sigma;
}

/** Multiplies W in place so that its spectral radius becomes rho; returns W. */
export function scaleToSpectralRadius(W: Tensor, rho: number): Tensor {
  const current = spectralRadius(W);
  if (current === 0)
    throw new Error(
      'scaleToSpectralRadius: the matrix is nilpotent (spectral radius 0) and cannot be scaled',
    );
  const d = W.data;
  const f = rho / current;
  for (let i = 0; i < d.length; i++) d[i] *= f;
  return W;
}

/**
 * A recurrent weight Whh: [H, H] with spectral radius exactly rho. 'normal' draws N(0, 1/H) entries
 * (eigenvalues spread over a disc, by the circular law) then rescales; 'orthogonal' is rho times an
 * orthogonal matrix (every eigenvalue on the circle of radius rho, every singular value rho).
 */
export function recurrentWeights(
  rng: Rng,
  H: number,
  rho: number,
  kind: 'normal' | 'orthogonal' = 'normal',
): Tensor {
  if (kind === 'orthogonal') return orthogonal(rng, H, H, rho);
  return scaleToSpectralRadius(normal(rng, H, H, 1 / Math.sqrt(H)), rho);
}
