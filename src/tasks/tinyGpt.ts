// Task 'tiny-gpt': a character-level decoder-only transformer (a tiny GPT) trained on a text, its held-out loss, and sampling with temperature and top-k.
import {
  argmaxMatches,
  attentionMap,
  crossEntropy,
  Rng,
  type ShardableTask,
  type Shard,
  scale,
  shardRange,
  Tape,
  type TaskDefinition,
  type Transformer,
  type TransformerConfig,
  type ParamSnapshot,
  paramsFromSnapshot,
  type Tensor,
  transformer,
  transformerFrom,
} from '../engine/index.ts';
import { charNgramMetrics } from './charNgram.ts';
import { charVocab } from './charRnn.ts';

export interface TinyGptConfig {
  /** The training text; its distinct characters are the vocabulary; the last `heldOut` fraction is held out. */
  text: string;
  /** Characters the model reads at once (T). */
  context: number;
  layers: number;
  d: number;
  heads: number;
  batch: number;
  positions: 'learned' | 'sinusoidal';
  dropout: number;
  /** Fraction of the text, at its end, never trained on (default 0.1). */
  heldOut: number;
  /** Most held-out windows evaluate() reads (each `context` characters). */
  evalWindows: number;
  /**
   * Character n-gram orders evaluate() also reports (`ngram1`…), computed once in the worker on the same
   * split; 0 (the default) for none. The figure asks for them on a pasted text, whose baseline the page
   * could not compute without blocking its thread.
   */
  baselineOrders: number;
}

/** The model configuration a tiny-gpt config and its vocabulary size give (for rebuilding a snapshot). */
export function tinyGptModelConfig(c: TinyGptConfig, vocab: number): TransformerConfig {
  return {
    vocab,
    context: c.context,
    layers: c.layers,
    d: c.d,
    heads: c.heads,
    positions: c.positions,
    dropout: c.dropout,
  };
}

/** The text as ids, and where the held-out part starts; throws a message a reader can act on. */
export function splitText(c: TinyGptConfig): { vocab: string[]; ids: number[]; split: number } {
  const chars = [...c.text];
  const vocab = charVocab(c.text);
  if (!(c.heldOut > 0 && c.heldOut < 1))
    throw new Error(`tiny-gpt: heldOut must be a fraction between 0 and 1, got ${c.heldOut}`);
  const split = Math.floor(chars.length * (1 - c.heldOut));
  const need = Math.ceil((c.context + 2) / c.heldOut);
  if (chars.length - split < c.context + 1 || split < c.context + 2)
    throw new Error(
      `tiny-gpt: the text has ${chars.length} character${chars.length === 1 ? '' : 's'}; with a context of ${c.context} and ${Math.round(
        c.heldOut * 100,
      )}% held out it needs at least ${need}`,
    );
  if (vocab.length < 2) throw new Error('tiny-gpt: the text needs at least two different characters');
  const index = new Map(vocab.map((ch, i) => [ch, i]));
  return { vocab, ids: chars.map((ch) => index.get(ch) as number), split };
}

/** The task with its shard-aware loss typed (the registry's TrainingTask type does not name the shard yet). */
export function createTinyGpt(c: TinyGptConfig, rng: Rng): ShardableTask {
  const { vocab, ids, split } = splitText(c);
  const model = transformer(rng, tinyGptModelConfig(c, vocab.length));
  const { batch: B, context: T } = c;
  // The batch (and dropout masks) of step s depend only on the seed and s, so a step can be recomputed exactly.
  const dataSeed = rng.int(2 ** 31);
  const tokens = new Array<number>(B * T);
  const targets = new Array<number>(B * T);
  const evalTape = new Tape();
  let ngrams: Record<string, number> | null = null;
  return {
    params: model.params,
    loss(step: number, shard?: Shard) {
      const data = new Rng(dataSeed + step);
      for (let r = 0; r < B; r++) {
        const start = data.int(split - T); // windows lie wholly in the training part
        for (let t = 0; t < T; t++) {
          tokens[r * T + t] = ids[start + t];
          targets[r * T + t] = ids[start + t + 1];
        }
      }
      const [lo, hi] = shardRange(B, shard);
      const mine = shard === undefined ? tokens : tokens.slice(lo * T, hi * T);
      const want = shard === undefined ? targets : targets.slice(lo * T, hi * T);
      const { logits } = model.forward(mine, hi - lo, {
        training: true,
        rng: data,
        rowOffset: lo * T,
        totalRows: B * T,
      });
      const ce = crossEntropy(logits, want);
      return {
        loss: shard === undefined ? ce : scale(ce, (hi - lo) / B),
        accuracy: argmaxMatches(logits, want) / want.length,
      };
    },
    evaluate() {
      if (ngrams === null && c.baselineOrders > 0) ngrams = charNgramMetrics(c, c.baselineOrders);
      return { heldOutLoss: heldOutLoss(model, ids, split, T, c.evalWindows, evalTape), ...ngrams };
    },
    inspect(request) {
      return inspectGpt(c, vocab, model, request as GptInspectRequest);
    },
  };
}

/**
 * What the page asks a tiny-gpt worker (TrainingTask.inspect), so that it never runs the model itself:
 * text sampled from a snapshot of the weights, or every head's attention on a text. `params`: the
 * snapshot to read (the weights now when omitted).
 */
export type GptInspectRequest =
  | { kind: 'sample'; params?: ParamSnapshot; options: GptSampleOptions }
  | { kind: 'heads'; params?: ParamSnapshot; ids: number[] };

/** The answer: the sampled text, or the T×T attention maps by layer, then head (rows: queries). */
export type GptInspectResult = string | number[][][][];

export function inspectGpt(
  c: TinyGptConfig,
  vocab: readonly string[],
  now: Transformer,
  r: GptInspectRequest,
): GptInspectResult {
  const model = r.params === undefined ? now : tinyGptModel(c, vocab.length, paramsFromSnapshot(r.params));
  if (r.kind === 'sample') return sampleGpt(model, vocab, r.options);
  if (r.kind === 'heads') return gptAttention(model, r.ids);
  throw new Error(`tiny-gpt: unknown inspect request '${(r as { kind: unknown }).kind}'`);
}

/** Every head's causal attention on `ids` (at most the context), by layer then head: T rows summing to 1. */
export function gptAttention(m: Transformer, ids: readonly number[]): number[][][][] {
  if (ids.length === 0) return [];
  const { heads } = m.config;
  const tape = new Tape();
  return tape.noGrad(() =>
    m
      .forward(ids, 1)
      .attention.map((w) => Array.from({ length: heads }, (_, h) => attentionMap(w, 0, h, heads))),
  );
}

/** Mean next-character cross-entropy (nats) over consecutive held-out windows of T characters. */
function heldOutLoss(
  m: Transformer,
  ids: number[],
  split: number,
  T: number,
  most: number,
  tape: Tape,
): number {
  const windows = Math.max(1, Math.min(most, Math.floor((ids.length - split - 1) / T)));
  const x: number[] = [];
  const y: number[] = [];
  for (let w = 0; w < windows; w++) {
    const start = split + w * T;
    for (let t = 0; t < T; t++) {
      x.push(ids[start + t]);
      y.push(ids[start + t + 1]);
    }
  }
  tape.reset();
  return tape.noGrad(() => crossEntropy(m.forward(x, windows).logits, y).item());
}

/** A few paragraphs of plain English; the chapter passes Brown corpus text (or the reader's) instead. */
const DEFAULT_TEXT =
  'The transformer reads every position of its input at once. Each position asks a question, and every ' +
  'earlier position offers an answer; attention weighs the answers by how well they fit the question. ' +
  'Nothing in attention itself knows the order of the words, so the model adds a signal for each position ' +
  'before the first layer. A recurrent network reads one word after another and must carry everything it ' +
  'knows in one small state; the transformer can look back at any word it has seen, as often as it needs. ' +
  'That is why it trains fast on hardware that does many things at once, and why its cost grows with the ' +
  'square of the length of the text it reads. ';

export const tinyGptTask: TaskDefinition<TinyGptConfig> = {
  name: 'tiny-gpt',
  shards: true,
  description: 'Predict the next character of a text with a small decoder-only transformer.',
  defaults: {
    text: DEFAULT_TEXT,
    context: 32,
    layers: 2,
    d: 48,
    heads: 4,
    batch: 8,
    positions: 'learned',
    dropout: 0,
    heldOut: 0.1,
    evalWindows: 32,
    baselineOrders: 0,
  },
  optimizer: {
    type: 'adamw',
    lr: 3e-3,
    weightDecay: 0.01,
    schedule: { type: 'warmup-cosine', warmup: 50, total: 3000, minFactor: 0.1 },
  },
  create: createTinyGpt,
};

export interface GptSampleOptions {
  /** Characters to generate. */
  length: number;
  seed: number;
  /** Characters fed in first (characters not in the vocabulary are skipped). */
  prime?: string;
  /** Divides the logits: below 1 sharper, above 1 flatter (default 1). */
  temperature?: number;
  /** Sample only among the k most likely characters (default: all). */
  topK?: number;
}

/**
 * Generates text one character at a time from a trained model, each time reading the last `context`
 * characters (the prime, then its own output). Forward only; the same model and seed give the same text.
 */
export function sampleGpt(m: Transformer, vocab: readonly string[], o: GptSampleOptions): string {
  const V = vocab.length;
  const temperature = o.temperature ?? 1;
  if (!(temperature > 0)) throw new Error(`sampleGpt: temperature must be above 0, got ${temperature}`);
  const k = Math.min(V, o.topK ?? V);
  if (!(Number.isInteger(k) && k >= 1))
    throw new Error(`sampleGpt: topK must be a whole number ≥ 1, got ${o.topK}`);
  const index = new Map(vocab.map((ch, i) => [ch, i]));
  const seq: number[] = [];
  for (const ch of o.prime ?? '') {
    const id = index.get(ch);
    if (id !== undefined) seq.push(id);
  }
  if (seq.length === 0) seq.push(index.get(' ') ?? index.get('\n') ?? 0);
  const rng = new Rng(o.seed);
  const tape = new Tape();
  const T = m.config.context;
  let out = '';
  const order = Array.from({ length: V }, (_, i) => i);
  const w = new Float64Array(V);
  for (let n = 0; n < o.length; n++) {
    const window = seq.slice(-T);
    tape.reset();
    const z = tape.noGrad(() => {
      const logits: Tensor = m.forward(window, 1).logits;
      return logits.data.slice((window.length - 1) * V, window.length * V);
    });
    order.sort((a, b) => z[b] - z[a] || a - b);
    const max = z[order[0]] / temperature;
    w.fill(0);
    let total = 0;
    for (let r = 0; r < k; r++) {
      const id = order[r];
      w[id] = Math.exp(z[id] / temperature - max);
      total += w[id];
    }
    let u = rng.next() * total;
    let id = 0;
    while (id < V - 1 && (w[id] === 0 || u >= w[id])) u -= w[id++];
    while (w[id] === 0) id--; // rounding can walk past the last candidate
    out += vocab[id];
    seq.push(id);
  }
  return out;
}

/** A model over a snapshot's parameters for sampling or for reading its attention (see transformerFrom). */
export function tinyGptModel(c: TinyGptConfig, vocab: number, params: Record<string, Tensor>): Transformer {
  return transformerFrom(tinyGptModelConfig(c, vocab), params);
}
