// Gradient clipping by global norm and by value (Pascanu et al. 2013), and the global norm itself.
import type { Tensor } from '../tensor.ts';

function grads(params: readonly Tensor[]): Float64Array[] {
  const out: Float64Array[] = [];
  for (const p of params) if (p.grad !== null) out.push(p.grad);
  return out;
}

/** ‖g‖₂ over all parameters' gradients taken as one vector. */
export function gradNorm(params: readonly Tensor[]): number {
  let s = 0;
  for (const g of grads(params)) for (let i = 0; i < g.length; i++) s += g[i] * g[i];
  return Math.sqrt(s);
}

/**
 * If the global gradient norm exceeds maxNorm, rescales every gradient by maxNorm / norm, which keeps
 * the update's direction and bounds its length (Pascanu et al. 2013, Algorithm 1). Returns the norm
 * before clipping, so a plot can show how often and how hard clipping acted. A non-finite norm is
 * returned as is and nothing is scaled.
 */
export function clipGradNorm(params: readonly Tensor[], maxNorm: number): number {
  const norm = gradNorm(params);
  if (Number.isFinite(norm) && norm > maxNorm) {
    const f = maxNorm / norm;
    for (const g of grads(params)) for (let i = 0; i < g.length; i++) g[i] *= f;
  }
  return norm;
}

/** Clamps every gradient element to [−limit, limit] (which can change the direction); returns the global norm before clipping. */
export function clipGradValue(params: readonly Tensor[], limit: number): number {
  const norm = gradNorm(params);
  for (const g of grads(params))
    for (let i = 0; i < g.length; i++) g[i] = Math.min(limit, Math.max(-limit, g[i]));
  return norm;
}
