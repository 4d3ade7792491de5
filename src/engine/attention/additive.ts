// Additive (Bahdanau) attention: scores vᵀ·tanh(Wq·q + Wk·k), with an optional mask, returning the weights for plotting.
import { shapeError } from '../errors.ts';
import { glorotUniform } from '../init/initializers.ts';
import { tanh } from '../ops/activations.ts';
import { add } from '../ops/elementwise.ts';
import { linear } from '../ops/linear.ts';
import { matmul, transpose } from '../ops/matmul.ts';
import { concat, slice } from '../ops/shape.ts';
import { softmax } from '../ops/softmax.ts';
import type { Rng } from '../rng.ts';
import type { Tensor } from '../tensor.ts';
import type { AttentionResult } from './dotProduct.ts';
import { type AttentionMask, applyMask } from './mask.ts';

// Bahdanau et al. (2015), eq. 6 and appendix A.1.2: e_ij = vᵀ tanh(W s_{i−1} + U h_j). A one-hidden-layer
// network scores each (query, key) pair, so queries and keys may have different widths.

/** Wq: [A, dq], Wk: [A, dk], v: [1, A], for an attention layer of width A. */
export interface AdditiveParams {
  Wq: Tensor;
  Wk: Tensor;
  v: Tensor;
}

export function additiveParams(rng: Rng, dq: number, dk: number, A: number): AdditiveParams {
  return { Wq: glorotUniform(rng, A, dq), Wk: glorotUniform(rng, A, dk), v: glorotUniform(rng, 1, A) };
}

/** Q: [m, dq], K: [n, dk], V: [n, dv] → context [m, dv] and weights [m, n]. */
export function additiveAttention(
  Q: Tensor,
  K: Tensor,
  V: Tensor,
  p: AdditiveParams,
  mask?: AttentionMask,
): AttentionResult {
  if (Q.cols !== p.Wq.cols)
    throw shapeError('additiveAttention', Q, p.Wq, `Wq expects queries of width ${p.Wq.cols}`);
  if (K.cols !== p.Wk.cols)
    throw shapeError('additiveAttention', K, p.Wk, `Wk expects keys of width ${p.Wk.cols}`);
  if (K.rows !== V.rows)
    throw shapeError('additiveAttention', K, V, `one value per key (${K.rows} ≠ ${V.rows})`);
  const Kp = linear(K, p.Wk); // [n, A], computed once for all queries
  const Qp = linear(Q, p.Wq); // [m, A]
  const vT = transpose(p.v); // [A, 1]
  const columns: Tensor[] = [];
  for (let i = 0; i < Q.rows; i++) {
    const E = tanh(add(Kp, slice(Qp, i, i + 1))); // [n, A]: the query broadcast over all keys
    columns.push(matmul(E, vT)); // [n, 1]: scores of query i
  }
  const scores = transpose(columns.length === 1 ? columns[0] : concat(columns, 1)); // [m, n]
  const weights = softmax(applyMask('additiveAttention', scores, mask));
  return { context: matmul(weights, V), weights };
}
