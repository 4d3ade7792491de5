// A small decoder-only transformer (GPT-2's layout, Radford et al. 2019): token + position embeddings, pre-LN blocks with causal attention, a final layer norm and a linear read-out.
import { param } from '../create.ts';
import { normal, zeros } from '../init/initializers.ts';
import { dropout } from '../ops/dropout.ts';
import { embedding } from '../ops/embedding.ts';
import { layerNorm } from '../ops/layerNorm.ts';
import { linear } from '../ops/linear.ts';
import { addPositions, sinusoidalPositions } from '../ops/positional.ts';
import type { Rng } from '../rng.ts';
import type { Tensor } from '../tensor.ts';
import { type BlockParams, blockParams, layerNormParams, transformerBlock } from './block.ts';

export interface TransformerConfig {
  /** Number of token ids. */
  vocab: number;
  /** Longest sequence T_max the model reads (rows of the learned position table). */
  context: number;
  layers: number;
  /** Width of the residual stream. */
  d: number;
  /** Attention heads per layer; d must be a multiple. */
  heads: number;
  /** Hidden width of each block's MLP (default 4d, as in GPT-2); 0 makes attention-only blocks. */
  mlp?: number;
  /** Learned [T_max, d] table, fixed sinusoids (Vaswani et al. 2017), or none (attention alone ignores order). */
  positions: 'learned' | 'sinusoidal' | 'none';
  /** Dropout rate on the embeddings and on each residual branch while training (default 0). */
  dropout?: number;
  /**
   * Standard deviation of the token embedding's initial values (default 0.02, GPT-2's). Beside fixed
   * sinusoids of size 1 that leaves a token's identity a few percent of its vector after layer norm, and
   * training must first grow it; Vaswani et al. scale the embedding up (by √d) for the same reason.
   */
  embeddingStd?: number;
}

export interface ForwardOptions {
  /** Dropout is active only when training is true and the rate is above 0. */
  training?: boolean;
  /** Where dropout masks come from; required when dropout is active. */
  rng?: Rng;
  /**
   * For a data-parallel shard: the tokens are rows [rowOffset, rowOffset + tokens.length) of a batch of
   * totalRows rows (token positions, B·T), so dropout masks are the full batch's.
   */
  rowOffset?: number;
  totalRows?: number;
}

export interface TransformerOutput {
  /** [B·T, vocab]: row b·T + t predicts the token after position t of sequence b. */
  logits: Tensor;
  /**
   * Per layer, the attention probabilities [B·H·T, T]: row (b·H + h)·T + i is query i of sequence b in
   * head h (see attentionMap).
   */
  attention: Tensor[];
}

export interface Transformer {
  readonly config: Required<TransformerConfig>;
  /** Every trainable tensor by a stable name ('tokenEmbedding', 'l0.attn.Wq', 'head.W', …). */
  readonly params: Record<string, Tensor>;
  /** tokens: B sequences of T ids back to back (T ≤ context). */
  forward(tokens: ArrayLike<number>, batch: number, options?: ForwardOptions): TransformerOutput;
}

function complete(c: TransformerConfig): Required<TransformerConfig> {
  const full = { mlp: 4 * c.d, dropout: 0, embeddingStd: 0.02, ...c };
  for (const key of ['vocab', 'context', 'layers', 'd', 'heads'] as const) {
    if (!Number.isInteger(full[key]) || full[key] < 1)
      throw new Error(`transformer: ${key} must be a positive integer, got ${full[key]}`);
  }
  if (full.d % full.heads !== 0)
    throw new Error(`transformer: d = ${full.d} does not split into ${full.heads} heads of equal width`);
  if (!Number.isInteger(full.mlp) || full.mlp < 0)
    throw new Error(`transformer: mlp must be a whole number ≥ 0, got ${full.mlp}`);
  if (!(full.dropout >= 0 && full.dropout < 1))
    throw new Error(`transformer: dropout must be in [0, 1), got ${full.dropout}`);
  if (!(Number.isFinite(full.embeddingStd) && full.embeddingStd > 0))
    throw new Error(`transformer: embeddingStd must be a positive number, got ${full.embeddingStd}`);
  if (!['learned', 'sinusoidal', 'none'].includes(full.positions))
    throw new Error(
      `transformer: positions must be 'learned', 'sinusoidal' or 'none', got ${full.positions}`,
    );
  return full;
}

/** Parameters of a model with this configuration, counted from the shapes (no model is built). */
export function transformerParamCount(config: TransformerConfig): number {
  const { vocab: V, context, layers, d, mlp: m, positions } = complete(config);
  const attention = 4 * d * d + 4 * d;
  const norms = 2 * 2 * d;
  const mlp = m > 0 ? 2 * d * m + m + d : 0;
  return (
    V * d +
    (positions === 'learned' ? context * d : 0) +
    layers * (attention + norms + mlp) +
    2 * d +
    V * d +
    V
  );
}

/**
 * A freshly initialised model (GPT-2's initialisation: N(0, 0.02²) weights, zero biases, unit gains; the
 * token embedding N(0, embeddingStd²)).
 */
export function transformer(rng: Rng, config: TransformerConfig): Transformer {
  const c = complete(config);
  const params: Record<string, Tensor> = { tokenEmbedding: normal(rng, c.vocab, c.d, c.embeddingStd) };
  if (c.positions === 'learned') params.positionEmbedding = normal(rng, c.context, c.d, 0.02);
  for (let l = 0; l < c.layers; l++) {
    const b = blockParams(rng, c.d, c.mlp, c.layers);
    Object.assign(params, flattenBlock(l, b));
  }
  const lnf = layerNormParams(c.d);
  params['lnf.gamma'] = lnf.gamma;
  params['lnf.beta'] = lnf.beta;
  params['head.W'] = normal(rng, c.vocab, c.d, 0.02);
  params['head.b'] = zeros(1, c.vocab);
  return transformerFrom(c, params);
}

function flattenBlock(l: number, b: BlockParams): Record<string, Tensor> {
  const out: Record<string, Tensor> = {
    [`l${l}.ln1.gamma`]: b.ln1.gamma,
    [`l${l}.ln1.beta`]: b.ln1.beta,
    [`l${l}.ln2.gamma`]: b.ln2.gamma,
    [`l${l}.ln2.beta`]: b.ln2.beta,
  };
  for (const [k, t] of Object.entries(b.attn)) out[`l${l}.attn.${k}`] = t;
  if (b.mlp !== null) for (const [k, t] of Object.entries(b.mlp)) out[`l${l}.mlp.${k}`] = t;
  return out;
}

function blockOf(l: number, p: Record<string, Tensor>, withMlp: boolean): BlockParams {
  const get = (name: string): Tensor => {
    const t = p[`l${l}.${name}`];
    if (t === undefined) throw new Error(`transformer: parameter 'l${l}.${name}' is missing`);
    return t;
  };
  const a = (k: string) => get(`attn.${k}`);
  return {
    ln1: { gamma: get('ln1.gamma'), beta: get('ln1.beta') },
    attn: {
      Wq: a('Wq'),
      bq: a('bq'),
      Wk: a('Wk'),
      bk: a('bk'),
      Wv: a('Wv'),
      bv: a('bv'),
      Wo: a('Wo'),
      bo: a('bo'),
    },
    ln2: { gamma: get('ln2.gamma'), beta: get('ln2.beta') },
    mlp: withMlp ? { W1: get('mlp.W1'), b1: get('mlp.b1'), W2: get('mlp.W2'), b2: get('mlp.b2') } : null,
  };
}

/**
 * A model over existing parameters (e.g. a snapshot posted by a training worker, rebuilt with `param`):
 * the names and shapes must be those `transformer` makes for the same configuration.
 */
export function transformerFrom(config: TransformerConfig, params: Record<string, Tensor>): Transformer {
  const c = complete(config);
  const blocks = Array.from({ length: c.layers }, (_, l) => blockOf(l, params, c.mlp > 0));
  const need = (name: string): Tensor => {
    const t = params[name];
    if (t === undefined) throw new Error(`transformer: parameter '${name}' is missing`);
    return t;
  };
  const E = need('tokenEmbedding');
  const P =
    c.positions === 'learned'
      ? need('positionEmbedding')
      : c.positions === 'sinusoidal'
        ? sinusoidalPositions(c.context, c.d)
        : null;
  const gamma = need('lnf.gamma');
  const beta = need('lnf.beta');
  const W = need('head.W');
  const b = need('head.b');
  const count = Object.values(params).reduce((n, t) => n + t.size, 0);
  if (count !== transformerParamCount(c))
    throw new Error(
      `transformer: the parameters hold ${count} numbers, this configuration needs ${transformerParamCount(c)}`,
    );
  return {
    config: c,
    params,
    forward(tokens, batch, options = {}) {
      if (!Number.isInteger(batch) || batch < 1 || tokens.length % batch !== 0)
        throw new Error(`transformer: ${tokens.length} tokens do not split into ${batch} sequences`);
      const T = tokens.length / batch;
      if (T > c.context)
        throw new Error(`transformer: sequences of ${T} tokens exceed the context of ${c.context}`);
      const active = options.training === true && c.dropout > 0;
      if (active && options.rng === undefined)
        throw new Error('transformer: training with dropout needs options.rng for the masks');
      const drop = active
        ? {
            rate: c.dropout,
            rng: options.rng as Rng,
            rowOffset: options.rowOffset,
            totalRows: options.totalRows,
          }
        : undefined;
      let x = embedding(E, tokens);
      if (P !== null) x = addPositions(x, P, T);
      if (drop !== undefined) x = dropout(x, drop.rate, drop.rng, drop);
      const attention: Tensor[] = [];
      for (const p of blocks) {
        const r = transformerBlock(x, p, { batch, heads: c.heads, causal: true, dropout: drop });
        x = r.output;
        attention.push(r.weights);
      }
      return { logits: linear(layerNorm(x, gamma, beta), W, b), attention };
    },
  };
}

/** Rebuilds trainable tensors from a snapshot's plain records (what a worker posts). */
export function paramsFromSnapshot(
  snapshot: Record<string, { rows: number; cols: number; data: ArrayLike<number> }>,
): Record<string, Tensor> {
  const out: Record<string, Tensor> = {};
  for (const [name, s] of Object.entries(snapshot)) out[name] = param(s.rows, s.cols, s.data);
  return out;
}

/** Head h's attention in sequence b as T rows of T weights, from one layer's attention tensor. */
export function attentionMap(weights: Tensor, b: number, h: number, heads: number): number[][] {
  const T = weights.cols;
  const start = (b * heads + h) * T;
  if (!Number.isInteger(start) || start < 0 || start + T > weights.rows)
    throw new Error(
      `attentionMap: sequence ${b}, head ${h} is outside attention of ${weights.rows / T} maps`,
    );
  const d = weights.data;
  return Array.from({ length: T }, (_, i) => Array.from(d.subarray((start + i) * T, (start + i + 1) * T)));
}
