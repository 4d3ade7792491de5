// Multi-head self-attention from primitive ops (linear, slice, matmul, transpose, scale, maskFill, softmax, concat): the reference the fused op is checked against.
import { linear } from '../ops/linear.ts';
import { matmul, transpose } from '../ops/matmul.ts';
import { scale } from '../ops/elementwise.ts';
import { concat, slice } from '../ops/shape.ts';
import { softmax } from '../ops/softmax.ts';
import type { Tensor } from '../tensor.ts';
import { applyMask, causalMask } from './mask.ts';
import {
  checkMultiHead,
  type MultiHeadOptions,
  type MultiHeadParams,
  type MultiHeadResult,
} from './multiHead.ts';

/** Same contract and result layout as multiHeadAttention, one op per line of the equations. */
export function multiHeadAttentionComposed(
  x: Tensor,
  p: MultiHeadParams,
  o: MultiHeadOptions,
): MultiHeadResult {
  const [T, dh] = checkMultiHead('multiHeadAttentionComposed', x, p, o);
  const Q = linear(x, p.Wq, p.bq);
  const K = linear(x, p.Wk, p.bk);
  const V = linear(x, p.Wv, p.bv);
  const mask = o.causal === true ? causalMask(T) : undefined;
  const sequences: Tensor[] = [];
  const weights: Tensor[] = [];
  for (let b = 0; b < o.batch; b++) {
    const heads: Tensor[] = [];
    for (let h = 0; h < o.heads; h++) {
      const rows = [b * T, (b + 1) * T] as const;
      const cols = [h * dh, (h + 1) * dh] as const;
      const Qbh = slice(Q, ...rows, ...cols);
      const Kbh = slice(K, ...rows, ...cols);
      const Vbh = slice(V, ...rows, ...cols);
      const S = applyMask(
        'multiHeadAttentionComposed',
        scale(matmul(Qbh, transpose(Kbh)), 1 / Math.sqrt(dh)),
        mask,
      );
      const P = softmax(S);
      weights.push(P);
      heads.push(matmul(P, Vbh));
    }
    sequences.push(concat(heads, 1));
  }
  return { output: linear(concat(sequences, 0), p.Wo, p.bo), weights: concat(weights, 0) };
}
