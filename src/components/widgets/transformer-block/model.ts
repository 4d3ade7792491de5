// "The block" model: one pre-LN transformer block run step by step on the reader's characters with the
// engine's ops (embedding + positions, LN₁, multi-head causal attention, residual, LN₂, GELU MLP, residual),
// the shape and spread of every stage, and the parameter count of a whole model of the reader's sizes,
// from the engine's own count and, part by part, from the parameters a model of those sizes holds.
import {
  add,
  addPositions,
  embedding,
  gelu,
  layerNorm,
  linear,
  multiHeadAttention,
  Rng,
  Tape,
  type Tensor,
  transformer,
  transformerBlock,
  transformerParamCount,
} from '../../../engine/index.ts';
import type { StateOf } from '../../figure/stateSchema.ts';
import type { TransformerBlockSchema } from './state.ts';

/** The context T_max of the counted model (the book's tiny GPT reads 32 characters). */
export const CONTEXT = 32;

export interface Stage {
  /** What the stage computes, in the book's notation. */
  name: string;
  formula: string;
  rows: number;
  cols: number;
  mean: number;
  std: number;
  /** The last character's row, first values. */
  last: number[];
}

export interface ParamGroup {
  name: string;
  count: number;
}

export interface TransformerBlockModel {
  chars: string[];
  d: number;
  heads: number;
  layers: number;
  vocab: number;
  stages: Stage[];
  /** The block's output computed step by step equals the engine's transformerBlock (largest difference). */
  agreement: number;
  /** transformerParamCount for the reader's sizes. */
  total: number;
  groups: ParamGroup[];
}

function stats(name: string, formula: string, t: Tensor): Stage {
  const n = t.size;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += t.data[i];
  const mean = sum / n;
  let sq = 0;
  for (let i = 0; i < n; i++) sq += (t.data[i] - mean) ** 2;
  const last = Array.from(t.data.subarray((t.rows - 1) * t.cols, (t.rows - 1) * t.cols + 4));
  return { name, formula, rows: t.rows, cols: t.cols, mean, std: Math.sqrt(sq / n), last };
}

/**
 * Parameters by part, from the tensors of a one-layer model of these sizes: every layer holds the same
 * tensors as layer 0, so its part counts `layers` times (building all layers of a wide model would be slow).
 */
export function paramGroups(params: Record<string, Tensor>, layers: number): ParamGroup[] {
  const groups: [string, RegExp][] = [
    ['token embedding E', /^tokenEmbedding$/],
    ['position table P', /^positionEmbedding$/],
    ['attention Wq, Wk, Wv, Wo and biases', /^l\d+\.attn\./],
    ['MLP W₁, W₂ and biases', /^l\d+\.mlp\./],
    ['layer norms γ, β', /^(l\d+\.ln\d|lnf)\./],
    ['read-out W, b', /^head\./],
  ];
  return groups.map(([name, re]) => ({
    name,
    count: Object.entries(params)
      .filter(([k]) => re.test(k))
      .reduce((a, [k, t]) => a + t.size * (k.startsWith('l0.') ? layers : 1), 0),
  }));
}

export function transformerBlockModel(s: StateOf<TransformerBlockSchema>): TransformerBlockModel {
  const typed = [...s.text];
  const chars = typed.length === 0 ? [' '] : typed;
  const alphabet = [...new Set(chars)].sort();
  const ids = chars.map((ch) => alphabet.indexOf(ch));
  const d = Number(s.d);
  const heads = Number(s.heads);
  const config = {
    vocab: alphabet.length,
    context: CONTEXT,
    layers: s.layers,
    d,
    heads,
    positions: 'learned' as const,
  };
  // a seeded model as training would start it (GPT-2's initialisation)
  const model = transformer(new Rng(5), { ...config, layers: 1 });
  const p = model.params;
  const tape = new Tape();
  const out = tape.noGrad(() => {
    const T = chars.length;
    const x0 = addPositions(embedding(p.tokenEmbedding, ids), p.positionEmbedding, T);
    const ln1 = layerNorm(x0, p['l0.ln1.gamma'], p['l0.ln1.beta']);
    const attn = multiHeadAttention(
      ln1,
      {
        Wq: p['l0.attn.Wq'],
        bq: p['l0.attn.bq'],
        Wk: p['l0.attn.Wk'],
        bk: p['l0.attn.bk'],
        Wv: p['l0.attn.Wv'],
        bv: p['l0.attn.bv'],
        Wo: p['l0.attn.Wo'],
        bo: p['l0.attn.bo'],
      },
      { batch: 1, heads, causal: true },
    );
    const a = add(x0, attn.output);
    const ln2 = layerNorm(a, p['l0.ln2.gamma'], p['l0.ln2.beta']);
    const h = gelu(linear(ln2, p['l0.mlp.W1'], p['l0.mlp.b1']));
    const mlp = linear(h, p['l0.mlp.W2'], p['l0.mlp.b2']);
    const y = add(a, mlp);
    const engine = transformerBlock(
      x0,
      {
        ln1: { gamma: p['l0.ln1.gamma'], beta: p['l0.ln1.beta'] },
        attn: {
          Wq: p['l0.attn.Wq'],
          bq: p['l0.attn.bq'],
          Wk: p['l0.attn.Wk'],
          bk: p['l0.attn.bk'],
          Wv: p['l0.attn.Wv'],
          bv: p['l0.attn.bv'],
          Wo: p['l0.attn.Wo'],
          bo: p['l0.attn.bo'],
        },
        ln2: { gamma: p['l0.ln2.gamma'], beta: p['l0.ln2.beta'] },
        mlp: { W1: p['l0.mlp.W1'], b1: p['l0.mlp.b1'], W2: p['l0.mlp.W2'], b2: p['l0.mlp.b2'] },
      },
      { batch: 1, heads, causal: true },
    ).output;
    let agreement = 0;
    for (let i = 0; i < y.size; i++) agreement = Math.max(agreement, Math.abs(y.data[i] - engine.data[i]));
    const stages = [
      stats('embedding + position', 'x = E[c_t] + P[t]', x0),
      stats('layer norm 1', 'LN₁(x)', ln1),
      stats(`attention, ${heads} head${heads > 1 ? 's' : ''}, causal`, 'MHA(LN₁(x))', attn.output),
      stats('residual', 'a = x + MHA(LN₁(x))', a),
      stats('layer norm 2', 'LN₂(a)', ln2),
      stats('MLP hidden, GELU', 'GELU(W₁·LN₂(a) + b₁)', h),
      stats('MLP out', 'W₂·h + b₂', mlp),
      stats('residual: the block’s output', 'y = a + MLP(LN₂(a))', y),
    ];
    return { stages, agreement };
  });
  return {
    chars,
    d,
    heads,
    layers: s.layers,
    vocab: alphabet.length,
    stages: out.stages,
    agreement: out.agreement,
    total: transformerParamCount(config),
    groups: paramGroups(p, s.layers),
  };
}
