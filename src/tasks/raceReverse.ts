// Task 'race-reverse': digit reversal as one token stream that a recurrent cell and a decoder-only transformer both read left to right (Chapter 8's race, second task).
import {
  type CellKind,
  concat,
  crossEntropy,
  glorotUniform,
  layerParams,
  linear,
  recurrent,
  Rng,
  splitRows,
  Tape,
  type TaskDefinition,
  type Tensor,
  type TrainingTask,
  tensor,
  transformer,
  type TransformerConfig,
  unroll,
  zeros,
} from '../engine/index.ts';
import { BOS, EOS, heldOutSequences, PAD, reversePair } from './reverse.ts';

// The sequences are the bottleneck figure's (reverse.ts: the same generator and the same held-out
// split), written as one stream instead of an encoder's input and a decoder's:
//   PAD…PAD d₁ … d_m BOS d_m … d₁        (n source slots, left-padded; BOS; the reversal so far)
// and at position n + j (BOS, then the j-th written digit) the model must name the next digit of the
// reversal, then EOS after the last. Left-padding puts d_m at slot n − 1 for every length, so the
// digit wanted at position n + j always sits at slot n − 1 − j: the same mirror for every sequence.
// Every model reads one token per step; the transformer is causal, so no position sees its answer.

/** The rows a cross-entropy skips: every position that does not write the reversal. */
const IGNORE = -1;

export interface RaceReverseConfig {
  /** A recurrent cell, or a one-layer decoder-only transformer reading the same stream. */
  cell: CellKind | 'transformer';
  /** Units of the recurrent state; for the transformer, the width d of its residual stream. */
  hidden: number;
  /** Digits 0…digits − 1 (token ids 3…); with 6 the vocabulary is 9 tokens, as the long-lag task's. */
  digits: number;
  /** Longest sequence n (training draws lengths 1…n); held-out scoring uses length n only. */
  length: number;
  batch: number;
  /** Vanilla RNN only: spectral radius of Whh (null: orthogonal Whh). */
  radius: number | null;
  /** Gated cells: initial bias of the gate that keeps the old state (as in the long-lag task). */
  keepBias: number;
  /** Transformer only: heads, layers, MLP width (0: none). */
  heads: number;
  layers: number;
  mlp: number;
  /** Held-out sequences of length n scored by evaluate() (all of them where fewer exist). */
  evalCount: number;
}

/** The stream of one sequence: T = 2n + 1 input ids and the id each position must predict (or IGNORE). */
export function reversalStream(seq: readonly number[], n: number): { input: number[]; want: number[] } {
  const m = seq.length;
  const rev = [...seq].reverse();
  const input = [
    ...new Array<number>(n - m).fill(PAD),
    ...seq,
    BOS,
    ...rev,
    ...new Array<number>(n - m).fill(PAD),
  ];
  const want = new Array<number>(2 * n + 1).fill(IGNORE);
  for (let j = 0; j < m; j++) want[n + j] = rev[j];
  want[n + m] = EOS;
  return { input, want };
}

/** A batch drawn with reverse.ts's training sampler (never a held-out sequence). */
function drawBatch(rng: Rng, B: number, n: number, digits: number): number[][] {
  return Array.from({ length: B }, () => {
    const { tgt } = reversePair(rng, n, digits);
    return tgt.slice(0, -1).reverse();
  });
}

/**
 * Teacher-forced scores from one batch's logits: a sequence is exact when every position it must write
 * is the argmax; since greedy decoding feeds back its own argmax, that is exactly when greedy decoding
 * writes the whole reversal (and EOS) right. `digit` is the share of written positions right.
 */
function score(logits: Tensor, wants: number[][], rowOf: (b: number, t: number) => number) {
  const V = logits.cols;
  let exact = 0;
  let right = 0;
  let total = 0;
  wants.forEach((want, b) => {
    let all = true;
    want.forEach((w, t) => {
      if (w === IGNORE) return;
      const row = logits.data.subarray(rowOf(b, t) * V, (rowOf(b, t) + 1) * V);
      let best = 0;
      for (let v = 1; v < V; v++) if (row[v] > row[best]) best = v;
      total++;
      if (best === w) right++;
      else all = false;
    });
    if (all) exact++;
  });
  return { exact: exact / wants.length, digit: right / Math.max(1, total) };
}

type Forward = (seqs: number[][]) => { loss: Tensor; exact: number; digit: number };

function recurrentForward(
  c: RaceReverseConfig,
  rng: Rng,
  V: number,
): { params: Record<string, Tensor>; forward: Forward } {
  const { hidden: H, length: n } = c;
  const T = 2 * n + 1;
  const layer = recurrent(rng.fork(), {
    kind: c.cell as CellKind,
    inputSize: V,
    hiddenSize: H,
    radius: c.radius ?? undefined,
    forgetBias: c.keepBias,
  });
  if (layer.kind === 'gru') layer.params.b.data.fill(c.keepBias, 0, H);
  const Wy = glorotUniform(rng, V, H);
  const by = zeros(1, V);
  const forward: Forward = (seqs) => {
    const B = seqs.length;
    const streams = seqs.map((s) => reversalStream(s, n));
    // x: [T·B, V] one-hot, time-major, as unroll reads it
    const X = tensor(T * B, V);
    const want = new Array<number>(T * B);
    streams.forEach(({ input, want: w }, b) => {
      for (let t = 0; t < T; t++) {
        X.data[(t * B + b) * V + input[t]] = 1;
        want[t * B + b] = w[t];
      }
    });
    const states = unroll(layer, splitRows(X, T));
    const logits = linear(
      concat(
        states.map((s) => s.h),
        0,
      ),
      Wy,
      by,
    ); // [T·B, V]
    const s = score(
      logits,
      streams.map((x) => x.want),
      (b, t) => t * B + b,
    );
    return { loss: crossEntropy(logits, want, { ignoreIndex: IGNORE }), ...s };
  };
  return { params: { ...layerParams(layer), Wy, by }, forward };
}

/** The transformer of the race, reading the stream: one layer, sinusoidal positions (no parameters), causal. */
export function raceReverseTransformerConfig(c: RaceReverseConfig): TransformerConfig {
  return {
    vocab: 3 + c.digits,
    context: 2 * c.length + 1,
    layers: c.layers,
    d: c.hidden,
    heads: c.heads,
    mlp: c.mlp,
    positions: 'sinusoidal',
  };
}

function transformerForward(
  c: RaceReverseConfig,
  rng: Rng,
): { params: Record<string, Tensor>; forward: Forward } {
  const model = transformer(rng, raceReverseTransformerConfig(c));
  const T = 2 * c.length + 1;
  const forward: Forward = (seqs) => {
    const streams = seqs.map((s) => reversalStream(s, c.length));
    const logits = model.forward(
      streams.flatMap((s) => s.input),
      seqs.length,
    ).logits; // [B·T, V]
    const want = streams.flatMap((s) => s.want);
    const s = score(
      logits,
      streams.map((x) => x.want),
      (b, t) => b * T + t,
    );
    return { loss: crossEntropy(logits, want, { ignoreIndex: IGNORE }), ...s };
  };
  return { params: model.params, forward };
}

function build(c: RaceReverseConfig, rng: Rng): TrainingTask {
  const { length: n, digits, batch: B } = c;
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`race-reverse: length must be a positive integer, got ${n}`);
  if (!Number.isInteger(digits) || digits < 2)
    throw new Error(`race-reverse: digits must be an integer ≥ 2, got ${digits}`);
  const m = c.cell === 'transformer' ? transformerForward(c, rng) : recurrentForward(c, rng, 3 + digits);
  // The batch of step s depends only on the seed and s, so a step can be recomputed exactly.
  const dataSeed = rng.int(2 ** 31);
  const heldOut = heldOutSequences(new Rng(rng.int(2 ** 31)), n, digits, c.evalCount)[n - 1];
  return {
    params: m.params,
    loss(step) {
      const r = m.forward(drawBatch(new Rng(dataSeed + step), B, n, digits));
      return { loss: r.loss, accuracy: r.digit };
    },
    evaluate() {
      // exact: the share of held-out sequences of length n reversed entirely right; digit: of their written positions
      const r = new Tape().noGrad(() => m.forward(heldOut));
      return { loss: r.loss.item(), accuracy: r.exact, exact: r.exact, digit: r.digit };
    },
  };
}

export const raceReverseTask: TaskDefinition<RaceReverseConfig> = {
  name: 'race-reverse',
  description:
    'Read up to `length` digits, then BOS, then write them reversed and EOS, one token a step (a recurrent cell or a causal transformer); evaluate() gives exact match on held-out sequences of length n.',
  defaults: {
    cell: 'gru',
    hidden: 8,
    digits: 6,
    length: 6,
    batch: 16,
    radius: 0.9,
    keepBias: 5,
    heads: 2,
    layers: 1,
    mlp: 0,
    evalCount: 64,
  },
  optimizer: { type: 'adam', lr: 0.02 },
  create: build,
};
