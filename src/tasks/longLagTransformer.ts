// The long-lag task read by a small transformer (Chapter 8's race): the same sequences as the recurrent cells, as token ids, and the answer as the token after the cue.
import {
  crossEntropy,
  type Rng,
  scale,
  shardRange,
  Tape,
  type Tensor,
  type TrainingTask,
  transformer,
  type TransformerConfig,
} from '../engine/index.ts';

/** The rows a cross-entropy skips: every position but the cue's. */
const IGNORE = -1;

/** What the transformer needs to know of a long-lag configuration. */
export interface LongLagTransformerConfig {
  symbols: number;
  lag: number;
  batch: number;
  /** Width d of the residual stream. */
  d: number;
  heads: number;
  layers: number;
  /** MLP width per block (0: attention only). */
  mlp: number;
}

/**
 * The model of the race. Causal, as the engine's decoder is: the answer is read at the cue, the last
 * position, whose query sees every earlier position either way, so a mask changes nothing the answer
 * can use. Sinusoidal positions (Vaswani et al. 2017) hold no parameters, so the model's size does not
 * grow with the lag and the race is run at one parameter budget for every lag; the symbol's tokens are
 * distinct from the distractors', so the cue can find it by content alone, as a head in Chapter 8 does.
 */
export function longLagTransformerConfig(c: LongLagTransformerConfig): TransformerConfig {
  return {
    vocab: 2 * c.symbols + 1,
    context: c.lag + 1,
    layers: c.layers,
    d: c.d,
    heads: c.heads,
    mlp: c.mlp,
    positions: 'sinusoidal',
  };
}

/**
 * The task over sequences drawn by `draw` (the recurrent cells' sampler, so both read the same batches):
 * ids [B·T] row-major by sequence (symbol 0…K−1, distractors K…2K−1, cue 2K), and the symbol of each.
 */
export function createLongLagTransformer(
  c: LongLagTransformerConfig,
  rng: Rng,
  draw: (step: number | 'held', round: number) => { tokens: number[]; targets: number[] },
): TrainingTask {
  const model = transformer(rng, longLagTransformerConfig(c));
  const { batch: B, lag } = c;
  const T = lag + 1;
  const V = 2 * c.symbols + 1;

  /** Loss over the cue rows only, and the share of the B sequences whose argmax at the cue is the symbol. */
  const forward = (tokens: number[], symbols: number[]): { loss: Tensor; accuracy: number } => {
    const n = symbols.length;
    const want = new Array<number>(n * T).fill(IGNORE);
    for (let b = 0; b < n; b++) want[b * T + lag] = symbols[b];
    const logits = model.forward(tokens, n).logits; // [n·T, V]
    let right = 0;
    for (let b = 0; b < n; b++) {
      const row = logits.data.subarray((b * T + lag) * V, (b * T + lag + 1) * V);
      let best = 0;
      for (let v = 1; v < V; v++) if (row[v] > row[best]) best = v;
      if (best === symbols[b]) right++;
    }
    return { loss: crossEntropy(logits, want, { ignoreIndex: IGNORE }), accuracy: right / B };
  };

  return {
    params: model.params,
    loss(step, shard) {
      const { tokens, targets } = draw(step, 0);
      if (shard === undefined) return forward(tokens, targets);
      // the shard contract: the same batch drawn, the loss over this share's sequences, weighted b/B
      const [lo, hi] = shardRange(B, shard);
      const r = forward(tokens.slice(lo * T, hi * T), targets.slice(lo, hi));
      return { loss: scale(r.loss, (hi - lo) / B), accuracy: r.accuracy };
    },
    evaluate() {
      const tape = new Tape();
      let loss = 0;
      let accuracy = 0;
      const rounds = 4;
      for (let i = 0; i < rounds; i++) {
        const { tokens, targets } = draw('held', i);
        tape.reset();
        const r = tape.noGrad(() => forward(tokens, targets));
        loss += r.loss.item() / rounds;
        accuracy += r.accuracy / rounds;
      }
      return { loss, accuracy };
    },
  };
}
