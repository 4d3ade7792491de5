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
  /**
   * Shortest half (default 6). Below `half`, each sequence draws its own half length ℓ in minHalf…half and
   * starts with 2(half − ℓ) random filler tokens, so the repeat sits at a different distance in every
   * sequence and no head can copy "the token L − 1 places back" by position alone; `half` or more gives
   * every sequence the same layout, where one head can. (Measured at the other defaults, seeds 1–3: with ℓ
   * in 6…12 the copy forms between steps 1500 and 2250, by a previous-token head in layer 1 and induction
   * heads in layer 2; with one fixed layout and learned positions it forms in about 100 steps, by position.)
   */
  minHalf: number;
  layers: number;
  d: number;
  heads: number;
  /** MLP width; 0 (the default) is attention only, as in Olsson et al.'s smallest models. */
  mlp: number;
  /**
   * Sinusoidal by default: "one position back" is then the same rotation everywhere, which a first-layer
   * head can learn once (learned positions must learn it for each position).
   */
  positions: 'learned' | 'sinusoidal';
  /**
   * The token embedding's initial scale (default 0.3). At GPT-2's 0.02 the sinusoids, of size 1, drown
   * each token's identity after layer norm, and in 3000 steps the copy did not form (scripts/explore-induction.ts).
   */
  embeddingStd: number;
  batch: number;
  /** Held-out sequences evaluate() scores (drawn once, from the seed). */
  evalSequences: number;
  /**
   * Seed of the one repeated sequence (the probe) whose attention evaluate() also reports, every head's map
   * as `attn.<layer>.<head>.<query>.<key>` (0-based, keys ≤ query): the heads are read in the worker, so a
   * page only draws them.
   */
  probeSeed: number;
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
    positions: c.positions,
    embeddingStd: c.embeddingStd,
  };
}

/**
 * B sequences of 2L tokens: random filler, then ℓ random tokens followed by the same ℓ tokens (ℓ = L, no
 * filler, unless minHalf < L: then ℓ is drawn in minHalf…L for each sequence). Targets are the next token
 * (none after the last); `halves` holds each sequence's ℓ.
 */
export function repeatedSequences(
  rng: Rng,
  B: number,
  L: number,
  V: number,
  minHalf = L,
): { tokens: number[]; targets: number[]; halves: number[] } {
  const tokens: number[] = [];
  const halves: number[] = [];
  for (let b = 0; b < B; b++) {
    const l = minHalf < L ? minHalf + rng.int(L - minHalf + 1) : L;
    const filler = Array.from({ length: 2 * (L - l) }, () => rng.int(V));
    const half = Array.from({ length: l }, () => rng.int(V));
    tokens.push(...filler, ...half, ...half);
    halves.push(l);
  }
  const targets = tokens.map((_, i) => (i % (2 * L) === 2 * L - 1 ? IGNORE : tokens[i + 1]));
  return { tokens, targets, halves };
}

/**
 * Mean loss (nats) on the first copy (targets up to the end of the first copy, filler included:
 * unpredictable, ln V at best) and the second copy (targets after its first token, where the token after
 * the previous occurrence of the current token is the answer). The restart, whose target is the second
 * copy's first token, is left out of both. `halves` is each sequence's ℓ (see repeatedSequences).
 */
export function copyLosses(
  m: Transformer,
  tokens: number[],
  B: number,
  L: number,
  tape: Tape,
  halves: readonly number[] = Array.from({ length: B }, () => L),
): { firstCopyLoss: number; secondCopyLoss: number } {
  const V = m.config.vocab;
  tape.reset();
  return tape.noGrad(() => {
    const z = m.forward(tokens, B).logits.data;
    let first = 0;
    let second = 0;
    let nFirst = 0;
    let nSecond = 0;
    for (let b = 0; b < B; b++) {
      const restart = 2 * L - halves[b] - 1; // the last token of the first copy
      for (let t = 0; t < 2 * L - 1; t++) {
        const r = b * 2 * L + t;
        if (t === restart) continue;
        const nll = logSumExp(z, r * V, V) - z[r * V + tokens[r + 1]];
        if (t < restart) {
          first += nll;
          nFirst++;
        } else {
          second += nll;
          nSecond++;
        }
      }
    }
    return { firstCopyLoss: first / nFirst, secondCopyLoss: second / nSecond };
  });
}

/** The probe: one sequence drawn like the task's, from its own seed (the same for every run of a configuration). */
export function probeSequence(c: InductionConfig): { tokens: number[]; half: number } {
  const r = repeatedSequences(new Rng(c.probeSeed), 1, c.half, c.vocab, Math.min(c.minHalf, c.half));
  return { tokens: r.tokens, half: r.halves[0] };
}

/** Every head's causal attention on one sequence, keyed `attn.<layer>.<head>.<query>.<key>` (0-based). */
export function attentionMetrics(m: Transformer, tokens: number[], tape: Tape): Record<string, number> {
  const H = m.config.heads;
  const T = tokens.length;
  tape.reset();
  return tape.noGrad(() => {
    const out: Record<string, number> = {};
    m.forward(tokens, 1).attention.forEach((w, l) => {
      for (let h = 0; h < H; h++)
        for (let i = 0; i < T; i++)
          for (let j = 0; j <= i; j++) out[`attn.${l}.${h}.${i}.${j}`] = w.data[(h * T + i) * T + j];
    });
    return out;
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
  if (!Number.isInteger(c.minHalf) || c.minHalf < 2)
    throw new Error(`induction: minHalf must be a whole number ≥ 2, got ${c.minHalf}`);
  const minHalf = Math.min(c.minHalf, L); // at least half: one fixed layout
  const held = repeatedSequences(new Rng(rng.int(2 ** 31)), c.evalSequences, L, V, minHalf);
  const probe = probeSequence(c).tokens;
  const tape = new Tape();
  return {
    params: model.params,
    loss(step: number, shard?: Shard) {
      const { tokens, targets } = repeatedSequences(new Rng(dataSeed + step), B, L, V, minHalf);
      const [lo, hi] = shardRange(B, shard);
      const T = 2 * L;
      const mine = shard === undefined ? tokens : tokens.slice(lo * T, hi * T);
      const want = shard === undefined ? targets : targets.slice(lo * T, hi * T);
      // every sequence has the same number of counted targets, so rows/B weights the shards exactly
      const ce = crossEntropy(model.forward(mine, hi - lo).logits, want, { ignoreIndex: IGNORE });
      return { loss: shard === undefined ? ce : scale(ce, (hi - lo) / B) };
    },
    evaluate() {
      return {
        ...copyLosses(model, held.tokens, c.evalSequences, L, tape, held.halves),
        ...attentionMetrics(model, probe, tape),
      };
    },
  };
}

export const inductionTask: TaskDefinition<InductionConfig> = {
  name: 'induction',
  shards: true,
  description:
    'Predict the next token of random tokens repeated twice with a two-layer attention-only transformer.',
  defaults: {
    vocab: 16,
    half: 12,
    minHalf: 6,
    layers: 2,
    d: 32,
    heads: 2,
    mlp: 0,
    positions: 'sinusoidal',
    embeddingStd: 0.3,
    batch: 16,
    evalSequences: 64,
    // a probe whose repeated half (11 tokens) holds no token twice, so every query's previous occurrence is one place
    probeSeed: 326,
  },
  optimizer: { type: 'adamw', lr: 3e-3, weightDecay: 0.01 },
  create: createInduction,
};
