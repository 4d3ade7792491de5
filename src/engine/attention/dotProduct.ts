// Scaled dot-product attention: softmax(Q·Kᵀ/√d)·V, with an optional mask, returning the weights for plotting.
import { shapeError } from '../errors.ts';
import { scale } from '../ops/elementwise.ts';
import { matmul, transpose } from '../ops/matmul.ts';
import { softmax } from '../ops/softmax.ts';
import type { Tensor } from '../tensor.ts';
import { type AttentionMask, applyMask } from './mask.ts';

/** What an attention call returns: one context row per query, and the weights that made it. */
export interface AttentionResult {
  /** [m, dv]: row i is Σ_j weights[i, j] · V[j]. */
  context: Tensor;
  /** [m, n]: each row a probability distribution over the n keys (0 at masked keys). */
  weights: Tensor;
}

/**
 * Q: [m, d], K: [n, d], V: [n, dv]. Dividing by √d keeps the scores' variance near 1 when the
 * entries of Q and K have unit variance, so the softmax does not saturate as d grows (Vaswani et al. 2017).
 */
export function dotProductAttention(Q: Tensor, K: Tensor, V: Tensor, mask?: AttentionMask): AttentionResult {
  if (Q.cols !== K.cols)
    throw shapeError(
      'dotProductAttention',
      Q,
      K,
      `queries and keys need the same width (${Q.cols} ≠ ${K.cols})`,
    );
  if (K.rows !== V.rows)
    throw shapeError('dotProductAttention', K, V, `one value per key (${K.rows} ≠ ${V.rows})`);
  const scores = applyMask(
    'dotProductAttention',
    scale(matmul(Q, transpose(K)), 1 / Math.sqrt(Q.cols)),
    mask,
  );
  const weights = softmax(scores);
  return { context: matmul(weights, V), weights };
}
