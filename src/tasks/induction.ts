// Task 'induction': random tokens repeated twice, learned by a two-layer attention-only transformer; the second copy becomes predictable once an induction head forms (Olsson et al. 2022).
import {
  crossEntropy,
  logSumExp,
  Rng,
  type Shard,
  type ShardableTask,
  scale,
  shardRange,
  Tape,
  type TaskDefinition,
  type Transformer,
  type TransformerConfig,
  transformer,
} from '../engine/index.ts';

export interface InductionConfig {
  /** Distinct random tokens. */
  vocab: number;
  /** Length L of the random half; each sequence is those L tokens, then the same L again (context 2L). */
  half: number;
  layers: number;
  d: number;
  heads: number;
  /** MLP width; 0 (the default) is attention only, as in Olsson et al.'s smallest models. */
  mlp: number;
  batch: number;
  /** Held-out sequences evaluate() scores (drawn once, from the seed). */
  evalSequences: number;
}

const IGNORE = -1;

export function inductionModelConfig(c: InductionConfig): TransformerConfig {
  return {
    vocab: c.vocab,
    context: 2 * c.half,
    layers: c.layers,
    d: c.d,
    heads: c.heads,
    mlp: c.mlp,
    positions: 'learned',
  };
}

/** B sequences of L random tokens each followed by the same L tokens; targets are the next token (none after the last). */
export function repeatedSequences(
  rng: Rng,
  B: number,
  L: number,
  V: number,
): { tokens: number[]; targets: number[] } {
  const tokens: number[] = [];
  for (let b = 0; b < B; b++) {
    const half = Array.from({ length: L }, () => rng.int(V));
    tokens.push(...half, ...half);
  }
  const targets = tokens.map((_, i) => (i % (2 * L) === 2 * L - 1 ? IGNORE : tokens[i + 1]));
  return { tokens, targets };
}

/**
 * Mean loss (nats) on the first copy (targets at positions 1…L−1, unpredictable: ln V at best) and the
 * second copy (positions L+1…2L−1, where the token after the previous occurrence of the current token
 * is the answer). Position L, the restart, is left out of both.
 */
export function copyLosses(
  m: Transformer,
  tokens: number[],
  B: number,
  L: number,
  tape: Tape,
): { firstCopyLoss: number; secondCopyLoss: number } {
  const V = m.config.vocab;
  tape.reset();
  return tape.noGrad(() => {
    const z = m.forward(tokens, B).logits.data;
    let first = 0;
    let second = 0;
    for (let b = 0; b < B; b++) {
      for (let t = 0; t < 2 * L - 1; t++) {
        const r = b * 2 * L + t;
        if (t === L - 1) continue;
        const nll = logSumExp(z, r * V, V) - z[r * V + tokens[r + 1]];
        if (t < L - 1) first += nll;
        else second += nll;
      }
    }
    const n = B * (L - 1);
    return { firstCopyLoss: first / n, secondCopyLoss: second / n };
  });
}

/** The task with its shard-aware loss typed (the registry's TrainingTask type does not name the shard yet). */
export function createInduction(c: InductionConfig, rng: Rng): ShardableTask {
  if (!Number.isInteger(c.half) || c.half < 2)
    throw new Error(`induction: half must be a whole number ≥ 2, got ${c.half}`);
  if (!Number.isInteger(c.vocab) || c.vocab < 2)
    throw new Error(`induction: vocab must be a whole number ≥ 2, got ${c.vocab}`);
  const model = transformer(rng, inductionModelConfig(c));
  const { batch: B, half: L, vocab: V } = c;
  const dataSeed = rng.int(2 ** 31);
  const held = repeatedSequences(new Rng(rng.int(2 ** 31)), c.evalSequences, L, V);
  const tape = new Tape();
  return {
    params: model.params,
    loss(step: number, shard?: Shard) {
      const { tokens, targets } = repeatedSequences(new Rng(dataSeed + step), B, L, V);
      const [lo, hi] = shardRange(B, shard);
      const T = 2 * L;
      const mine = shard === undefined ? tokens : tokens.slice(lo * T, hi * T);
      const want = shard === undefined ? targets : targets.slice(lo * T, hi * T);
      // every sequence has the same number of counted targets, so rows/B weights the shards exactly
      const ce = crossEntropy(model.forward(mine, hi - lo).logits, want, { ignoreIndex: IGNORE });
      return { loss: shard === undefined ? ce : scale(ce, (hi - lo) / B) };
    },
    evaluate() {
      return copyLosses(model, held.tokens, c.evalSequences, L, tape);
    },
  };
}

export const inductionTask: TaskDefinition<InductionConfig> = {
  name: 'induction',
  description:
    'Predict the next token of random tokens repeated twice with a two-layer attention-only transformer.',
  defaults: { vocab: 16, half: 12, layers: 2, d: 32, heads: 2, mlp: 0, batch: 16, evalSequences: 64 },
  optimizer: { type: 'adamw', lr: 3e-3, weightDecay: 0.01 },
  create: createInduction,
};
