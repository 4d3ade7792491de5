// One pre-LN transformer block (GPT-2's arrangement): x + Attention(LN(x)), then + MLP(LN(·)) with a GELU between two linear layers.
import { type MultiHeadParams, multiHeadAttention } from '../attention/multiHead.ts';
import { param } from '../create.ts';
import { normal, zeros } from '../init/initializers.ts';
import { dropout } from '../ops/dropout.ts';
import { add } from '../ops/elementwise.ts';
import { gelu } from '../ops/gelu.ts';
import { layerNorm } from '../ops/layerNorm.ts';
import { linear } from '../ops/linear.ts';
import type { Rng } from '../rng.ts';
import type { Tensor } from '../tensor.ts';

//   a = x + Drop(MHA(LN₁(x)))
//   y = a + Drop(W₂·GELU(W₁·LN₂(a) + b₁) + b₂)        (the MLP is left out when its width is 0)

export interface LayerNormParams {
  /** [1, d], starts at 1 */
  gamma: Tensor;
  /** [1, d], starts at 0 */
  beta: Tensor;
}

export interface MlpParams {
  /** [m, d] */
  W1: Tensor;
  /** [1, m] */
  b1: Tensor;
  /** [d, m] */
  W2: Tensor;
  /** [1, d] */
  b2: Tensor;
}

export interface BlockParams {
  ln1: LayerNormParams;
  attn: MultiHeadParams;
  ln2: LayerNormParams;
  /** null: an attention-only block (as in Olsson et al. 2022's small induction-head models). */
  mlp: MlpParams | null;
}

/** Dropout on the residual branches, drawn for the whole batch (see dropout's shard options). */
export interface BlockDropout {
  rate: number;
  rng: Rng;
  rowOffset?: number;
  totalRows?: number;
}

export interface BlockOptions {
  batch: number;
  heads: number;
  causal?: boolean;
  /** Omitted: no dropout (evaluation, sampling). */
  dropout?: BlockDropout;
}

export function layerNormParams(d: number): LayerNormParams {
  return { gamma: param(1, d, new Array(d).fill(1)), beta: zeros(1, d) };
}

/**
 * GPT-2's initialisation (Radford et al. 2019): weights N(0, 0.02²), biases 0, and the two projections
 * that write into the residual stream (Wo, W2) scaled by 1/√(2·layers) so the stream's variance does not
 * grow with depth.
 */
export function blockParams(rng: Rng, d: number, mlp: number, layers: number): BlockParams {
  const std = 0.02;
  const residual = std / Math.sqrt(2 * layers);
  const w = (rows: number, cols: number, s = std) => normal(rng, rows, cols, s);
  const attn: MultiHeadParams = {
    Wq: w(d, d),
    bq: zeros(1, d),
    Wk: w(d, d),
    bk: zeros(1, d),
    Wv: w(d, d),
    bv: zeros(1, d),
    Wo: w(d, d, residual),
    bo: zeros(1, d),
  };
  return {
    ln1: layerNormParams(d),
    attn,
    ln2: layerNormParams(d),
    mlp: mlp > 0 ? { W1: w(mlp, d), b1: zeros(1, mlp), W2: w(d, mlp, residual), b2: zeros(1, d) } : null,
  };
}

/** x: [B·T, d] → the block's output [B·T, d] and its attention probabilities [B·H·T, T]. */
export function transformerBlock(
  x: Tensor,
  p: BlockParams,
  o: BlockOptions,
): { output: Tensor; weights: Tensor } {
  const drop = (t: Tensor): Tensor =>
    o.dropout === undefined
      ? t
      : dropout(t, o.dropout.rate, o.dropout.rng, {
          rowOffset: o.dropout.rowOffset,
          totalRows: o.dropout.totalRows,
        });
  const attn = multiHeadAttention(layerNorm(x, p.ln1.gamma, p.ln1.beta), p.attn, o);
  const a = add(x, drop(attn.output));
  if (p.mlp === null) return { output: a, weights: attn.weights };
  const { W1, b1, W2, b2 } = p.mlp;
  const m = linear(gelu(linear(layerNorm(a, p.ln2.gamma, p.ln2.beta), W1, b1)), W2, b2);
  return { output: add(a, drop(m)), weights: attn.weights };
}
