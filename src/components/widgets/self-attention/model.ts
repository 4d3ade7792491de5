// The self-attention preview's model: queries, keys and values of a short sentence from seeded (untrained) projections, one step of dot-product attention with or without √d, at a temperature; and the measured depth of an RNN against an attention layer as the sequence grows.
import {
  dotProductAttention,
  glorotUniform,
  linear,
  normal,
  rnnCell,
  rnnParams,
  Rng,
  scale,
  splitRows,
  Tape,
  type Tensor,
  tensor,
} from '../../../engine/index.ts';
import type { StateOf } from '../../figure/stateSchema.ts';
import type { SelfAttentionSchema } from './state.ts';

/** Words read at most; more are cut (with a note). */
export const MAX_TOKENS = 12;
export const LENGTHS = [2, 4, 8, 16, 32, 64];

/** A word's seeded embedding: the same word always gets the same vector. */
function wordSeed(w: string): number {
  let h = 2166136261;
  for (const ch of w) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619);
  return h >>> 0;
}

export interface SelfAttentionModel {
  tokens: string[];
  truncated: number;
  d: number;
  /** weights[i][j]: how much token i (query) attends to token j (key). */
  weights: number[][];
  /** The factor multiplying Q·Kᵀ before the softmax: 1/(√d·τ) scaled, 1/τ unscaled. */
  factor: number;
  /** Mean over rows of the largest weight: 1 means every token looks at one token only. */
  peak: number;
  query: number;
  /** The last query the sentence has: the query slider's real maximum. */
  queryMax: number;
  /** Longest chain of dependent ops (measured on the tape) for each length in LENGTHS. */
  depth: { n: number; rnn: number; attention: number }[];
}

/** The longest path of ops from any leaf to `out`, following each tensor's recorded inputs (iterative, no recursion). */
export function opDepth(out: Tensor): number {
  const depth = new Map<Tensor, number>();
  const stack: [Tensor, boolean][] = [[out, false]];
  while (stack.length > 0) {
    const [t, expanded] = stack.pop()!;
    if (depth.has(t)) continue;
    if (t.inputs.length === 0) {
      depth.set(t, 0);
      continue;
    }
    if (expanded) {
      // a zero-copy view (slice) is not a computation step
      const step = t.op === 'slice' || t.op === 'splitRows' ? 0 : 1;
      depth.set(t, step + Math.max(...t.inputs.map((x) => depth.get(x) ?? 0)));
    } else {
      stack.push([t, true]);
      for (const x of t.inputs) if (!depth.has(x)) stack.push([x, false]);
    }
  }
  return depth.get(out) ?? 0;
}

/** Depth of reading n tokens: a tanh RNN (h_n after n steps) and one self-attention layer (all n outputs). */
export function measureDepth(n: number, d = 8): { rnn: number; attention: number } {
  const rng = new Rng(3);
  const tape = new Tape();
  const X = normal(rng, n, d, 1);
  const p = rnnParams(rng, d, d);
  const rnn = tape.run(() => {
    let h = tensor(1, d);
    for (const x of splitRows(X, n)) h = rnnCell(x, h, p);
    return opDepth(h);
  });
  const Wq = glorotUniform(rng, d, d);
  const Wk = glorotUniform(rng, d, d);
  const Wv = glorotUniform(rng, d, d);
  const attention = tape.run(() =>
    opDepth(dotProductAttention(linear(X, Wq), linear(X, Wk), linear(X, Wv)).context),
  );
  return { rnn, attention };
}

let depthCache: SelfAttentionModel['depth'] | null = null;

export function selfAttentionModel(s: StateOf<SelfAttentionSchema>): SelfAttentionModel {
  const words = s.text.toLowerCase().split(/\s+/).filter(Boolean);
  const tokens = words.length === 0 ? ['…'] : words.slice(0, MAX_TOKENS);
  const d = Number(s.d);
  const rng = new Rng(11);
  const Wq = glorotUniform(rng, d, d);
  const Wk = glorotUniform(rng, d, d);
  const Wv = glorotUniform(rng, d, d);
  const X = tensor(tokens.length, d);
  tokens.forEach((w, i) => {
    const e = new Rng(wordSeed(w));
    for (let j = 0; j < d; j++) X.data[i * d + j] = e.normal();
  });
  const tau = Math.max(0.2, s.temperature);
  // the engine's op divides by √d; unscaled attention multiplies √d back in
  const factor = (s.scaled ? 1 / Math.sqrt(d) : 1) / tau;
  const Q = scale(linear(X, Wq), s.scaled ? 1 / tau : Math.sqrt(d) / tau);
  const { weights } = dotProductAttention(Q, linear(X, Wk), linear(X, Wv));
  const rows = weights.toRows().map((r) => r.map((v) => (Number.isFinite(v) ? v : 0)));
  const peak = rows.reduce((a, r) => a + Math.max(...r), 0) / rows.length;
  depthCache ??= LENGTHS.map((n) => ({ n, ...measureDepth(n) }));
  return {
    tokens,
    truncated: Math.max(0, words.length - tokens.length),
    d,
    weights: rows,
    factor,
    peak,
    query: Math.min(s.query, tokens.length - 1),
    queryMax: tokens.length - 1,
    depth: depthCache,
  };
}
