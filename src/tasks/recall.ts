// Built-in task 'recall': remember the symbol shown at the first step across a lag of distractor steps, then name it when cued.
import {
  type CellKind,
  layerParams,
  recurrent,
  unroll,
  type Activation,
  tensor,
  argmaxMatches,
  glorotUniform,
  zeros,
  crossEntropy,
  linear,
  splitRows,
  Rng,
  Tape,
  type Tensor,
  type TaskDefinition,
  type TrainingTask,
} from '../engine/index.ts';

// The long-lag memory problem of Hochreiter & Schmidhuber (1997, §5): the answer is only in x_0, so the
// gradient that teaches the model to keep it must travel back `lag` steps through Whh. A vanilla RNN's
// gradient shrinks like (γ·σ_max)^lag (Pascanu et al. 2013); the LSTM's cell state carries it unchanged
// while f ≈ 1.

export interface RecallConfig {
  cell: CellKind;
  /** Vanilla RNN only. */
  activation: Activation;
  hidden: number;
  /** How many different symbols can be shown. */
  symbols: number;
  /** Steps between the symbol and the cue (≥ 1). */
  lag: number;
  /** Show random symbols during the lag (which the model must learn to ignore) instead of blanks. */
  distractors: boolean;
  batch: number;
  /** Vanilla RNN only: spectral radius of Whh (null: orthogonal Whh). */
  radius: number | null;
  /** LSTM only. */
  forgetBias: number;
}

/**
 * Inputs [(lag+1)·B, K+1], time-major: x_0 is the one-hot symbol to remember, then lag − 1 blank or
 * distractor steps, then the cue (channel K) at step lag.
 */
function fillBatch(X: Tensor, targets: number[], rng: Rng, B: number, K: number, distractors: boolean): void {
  const d = X.data;
  d.fill(0);
  const steps = X.rows / B;
  for (let r = 0; r < B; r++) {
    const s = rng.int(K);
    targets[r] = s;
    d[r * (K + 1) + s] = 1;
    if (distractors) for (let t = 1; t < steps - 1; t++) d[(t * B + r) * (K + 1) + rng.int(K)] = 1;
    d[((steps - 1) * B + r) * (K + 1) + K] = 1;
  }
}

function build(c: RecallConfig, rng: Rng): TrainingTask {
  const { symbols: K, hidden: H, batch: B, lag } = c;
  if (!Number.isInteger(lag) || lag < 1)
    throw new Error(`recall: lag must be a positive integer, got ${lag}`);
  const layer = recurrent(rng.fork(), {
    kind: c.cell,
    inputSize: K + 1,
    hiddenSize: H,
    activation: c.activation,
    radius: c.radius ?? undefined,
    forgetBias: c.forgetBias,
  });
  const Wy = glorotUniform(rng, K, H);
  const by = zeros(1, K);
  const data = rng.fork();
  const heldOutSeed = rng.int(2 ** 32);
  const X = tensor((lag + 1) * B, K + 1);
  const targets = new Array<number>(B).fill(0);

  const forward = (): { loss: Tensor; accuracy: number } => {
    const states = unroll(layer, splitRows(X, lag + 1));
    const logits = linear(states[lag].h, Wy, by); // [B, K]
    return { loss: crossEntropy(logits, targets), accuracy: argmaxMatches(logits, targets) / B };
  };

  return {
    params: { ...layerParams(layer), Wy, by },
    loss() {
      fillBatch(X, targets, data, B, K, c.distractors);
      return forward();
    },
    evaluate() {
      // the same held-out batches every time, so evaluations at different steps are comparable
      const held = new Rng(heldOutSeed);
      const tape = new Tape();
      let loss = 0;
      let accuracy = 0;
      const rounds = 8;
      for (let i = 0; i < rounds; i++) {
        fillBatch(X, targets, held, B, K, c.distractors);
        tape.reset();
        const r = tape.noGrad(forward);
        loss += r.loss.item() / rounds;
        accuracy += r.accuracy / rounds;
      }
      return { loss, accuracy };
    },
  };
}

export const recallTask: TaskDefinition<RecallConfig> = {
  name: 'recall',
  description:
    'Remember the symbol at step 0 across `lag` steps of distractors and name it when cued (long-lag memory).',
  defaults: {
    cell: 'lstm',
    activation: 'tanh',
    hidden: 16,
    symbols: 4,
    lag: 5,
    distractors: true,
    batch: 16,
    radius: null,
    forgetBias: 1,
  },
  optimizer: { type: 'adam', lr: 0.02 },
  create: build,
};
