// Task 'long-lag': remember a symbol across T steps of distractors on their own channels, then name it at the cue (Chapter 5's race).
import {
  type CellKind,
  layerParams,
  recurrent,
  unroll,
  tensor,
  argmaxMatches,
  glorotUniform,
  zeros,
  crossEntropy,
  linear,
  splitRows,
  Rng,
  scale,
  shardRows,
  Tape,
  type Tensor,
  type TaskDefinition,
  type TrainingTask,
} from '../engine/index.ts';
import { createLongLagTransformer } from './longLagTransformer.ts';

// Hochreiter & Schmidhuber (1997, §5.2): the answer is only in x_0, so the gradient that teaches the
// model to keep it must cross `lag` steps. Unlike 'recall', distractors sit on their own channels, so
// a gate can learn to shut them out from the input alone; what remains hard is carrying the symbol.
// Inputs x_t: [B, 2K+1]: channels 0…K−1 the symbol (t = 0), K…2K−1 a random distractor (0 < t < lag),
// channel 2K the cue (t = lag).

export interface LongLagConfig {
  /** A recurrent cell, or a small transformer reading the same sequences as tokens (Chapter 8's race). */
  cell: CellKind | 'transformer';
  /** Units of the recurrent state; for the transformer, the width d of its residual stream. */
  hidden: number;
  /** How many different symbols can be shown (chance accuracy is 1/symbols). */
  symbols: number;
  /** Steps between the symbol and the cue (≥ 1). */
  lag: number;
  batch: number;
  /** Vanilla RNN only: spectral radius of Whh (null: orthogonal Whh). */
  radius: number | null;
  /**
   * Gated cells: initial bias of the gate that keeps the old state (the LSTM's forget gate f, the GRU's
   * update gate z), so that at the start the cell remembers for about 1/(1 − σ(bias)) steps.
   */
  keepBias: number;
  /** Transformer only: attention heads per layer (hidden must be a multiple), layers, MLP width (0: none). */
  heads: number;
  layers: number;
  mlp: number;
}

/**
 * Draws B sequences of `steps` ids, row-major by sequence, and the symbol each must be named: id = the
 * one-hot channel (symbol 0…K−1 at t = 0, distractors K…2K−1, the cue 2K at the last step).
 */
function drawTokens(rng: Rng, B: number, K: number, steps: number): { tokens: number[]; targets: number[] } {
  const tokens = new Array<number>(B * steps);
  const targets = new Array<number>(B);
  for (let r = 0; r < B; r++) {
    const s = rng.int(K);
    targets[r] = s;
    tokens[r * steps] = s;
    for (let t = 1; t < steps - 1; t++) tokens[r * steps + t] = K + rng.int(K);
    tokens[r * steps + steps - 1] = 2 * K;
  }
  return { tokens, targets };
}

function fillBatch(X: Tensor, targets: number[], rng: Rng, B: number, K: number): void {
  const d = X.data;
  const D = 2 * K + 1;
  const steps = X.rows / B;
  const drawn = drawTokens(rng, B, K, steps);
  d.fill(0);
  for (let r = 0; r < B; r++) {
    targets[r] = drawn.targets[r];
    for (let t = 0; t < steps; t++) d[(t * B + r) * D + drawn.tokens[r * steps + t]] = 1;
  }
}

function build(c: LongLagConfig, rng: Rng): TrainingTask {
  const { symbols: K, hidden: H, batch: B, lag } = c;
  if (!Number.isInteger(lag) || lag < 1)
    throw new Error(`long-lag: lag must be a positive integer, got ${lag}`);
  if (!Number.isInteger(K) || K < 2) throw new Error(`long-lag: symbols must be an integer ≥ 2, got ${K}`);
  if (c.cell === 'transformer') {
    const dataSeed = rng.int(2 ** 31);
    const heldOutSeed = rng.int(2 ** 32);
    let held = new Rng(heldOutSeed);
    return createLongLagTransformer(
      { symbols: K, lag, batch: B, d: H, heads: c.heads, layers: c.layers, mlp: c.mlp },
      rng,
      (step, round) => {
        // the held-out rounds are the same batches every time, drawn in turn from one stream as below
        if (step === 'held' && round === 0) held = new Rng(heldOutSeed);
        return drawTokens(step === 'held' ? held : new Rng(dataSeed + step), B, K, lag + 1);
      },
    );
  }
  const layer = recurrent(rng.fork(), {
    kind: c.cell,
    inputSize: 2 * K + 1,
    hiddenSize: H,
    radius: c.radius ?? undefined,
    forgetBias: c.keepBias,
  });
  // Gers et al. 2000 for the LSTM; for the GRU the same idea on z, whose block comes first in b.
  if (layer.kind === 'gru') layer.params.b.data.fill(c.keepBias, 0, H);
  const Wy = glorotUniform(rng, K, H);
  const by = zeros(1, K);
  // The batch of step s depends only on the seed and s, so a step can be recomputed exactly (gradcheck).
  const dataSeed = rng.int(2 ** 31);
  const heldOutSeed = rng.int(2 ** 32);
  const X = tensor((lag + 1) * B, 2 * K + 1);
  const targets = new Array<number>(B).fill(0);

  const forward = (x: Tensor = X, y: number[] = targets): { loss: Tensor; accuracy: number } => {
    const states = unroll(layer, splitRows(x, lag + 1));
    const logits = linear(states[lag].h, Wy, by); // [b, K]
    return { loss: crossEntropy(logits, y), accuracy: argmaxMatches(logits, y) / B };
  };
  // a shard's rows of X and targets, copied out once it knows its share (its size never changes in a run)
  let part: { X: Tensor; targets: number[] } | null = null;

  return {
    params: { ...layerParams(layer), Wy, by },
    loss(step, shard) {
      fillBatch(X, targets, new Rng(dataSeed + step), B, K);
      if (shard === undefined) return forward();
      // the shard contract: the same batch drawn, the loss over this share's rows only, weighted b/B
      const { start, end } = shardRows(B, shard);
      const b = end - start;
      const D = 2 * K + 1;
      if (part === null || part.targets.length !== b)
        part = { X: tensor((lag + 1) * b, D), targets: new Array<number>(b) };
      for (let t = 0; t <= lag; t++)
        part.X.data.set(X.data.subarray((t * B + start) * D, (t * B + end) * D), t * b * D);
      for (let r = 0; r < b; r++) part.targets[r] = targets[start + r];
      const r = forward(part.X, part.targets);
      return { loss: scale(r.loss, b / B), accuracy: r.accuracy };
    },
    evaluate() {
      // the same held-out batches every time, so evaluations at different steps are comparable
      const held = new Rng(heldOutSeed);
      const tape = new Tape();
      let loss = 0;
      let accuracy = 0;
      const rounds = 4;
      for (let i = 0; i < rounds; i++) {
        fillBatch(X, targets, held, B, K);
        tape.reset();
        const r = tape.noGrad(() => forward());
        loss += r.loss.item() / rounds;
        accuracy += r.accuracy / rounds;
      }
      return { loss, accuracy };
    },
  };
}

export const longLagTask: TaskDefinition<LongLagConfig> = {
  name: 'long-lag',
  description:
    'Remember the symbol at step 0 across `lag` steps of distractors on separate channels; name it at the cue.',
  defaults: {
    cell: 'lstm',
    hidden: 8,
    symbols: 4,
    lag: 50,
    batch: 16,
    radius: 0.9,
    keepBias: 5,
    heads: 2,
    layers: 1,
    mlp: 0,
  },
  optimizer: { type: 'adam', lr: 0.02 },
  shards: true,
  create: build,
};
