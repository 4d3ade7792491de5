// Task 'char-rnn': a character-level vanilla RNN language model (Elman 1990; Karpathy's char-rnn) trained on a short text, and sampling from it.
import {
  rnnCell,
  type RnnParams,
  tensor,
  glorotUniform,
  orthogonal,
  zeros,
  addN,
  crossEntropy,
  linear,
  scale,
  Rng,
  shardRows,
  Tape,
  type Tensor,
  type TaskDefinition,
  type TrainingTask,
} from '../engine/index.ts';

export interface CharRnnConfig {
  /** The training text; its distinct characters are the vocabulary. */
  text: string;
  hidden: number;
  /** Characters per training window (truncated backpropagation through time). */
  window: number;
  batch: number;
}

/** Wxh: [H, V] (one-hot input), Whh: [H, H], b: [1, H]; Why: [V, H], by: [1, V]. */
export interface CharRnnParams extends RnnParams {
  Why: Tensor;
  by: Tensor;
}

/** The sorted distinct characters of a text: index i is the id of vocab[i]. */
export function charVocab(text: string): string[] {
  return [...new Set(text)].sort();
}

export function charRnnParams(rng: Rng, V: number, H: number): CharRnnParams {
  return {
    Wxh: glorotUniform(rng, H, V),
    Whh: orthogonal(rng, H, H),
    b: zeros(1, H),
    Why: glorotUniform(rng, V, H),
    by: zeros(1, V),
  };
}

function fillOneHot(x: Tensor, ids: ArrayLike<number>): void {
  const V = x.cols;
  x.data.fill(0);
  for (let r = 0; r < ids.length; r++) x.data[r * V + ids[r]] = 1;
}

function build(c: CharRnnConfig, rng: Rng): TrainingTask {
  const vocab = charVocab(c.text);
  const V = vocab.length;
  const { hidden: H, window: W, batch: B } = c;
  if (c.text.length < W + 2) throw new Error(`char-rnn: the text needs more than ${W + 1} characters`);
  const index = new Map(vocab.map((ch, i) => [ch, i]));
  const ids = [...c.text].map((ch) => index.get(ch) ?? 0);
  const p = charRnnParams(rng, V, H);
  // The batch of step s depends only on the seed and s, so a step can be recomputed exactly (gradcheck).
  const dataSeed = rng.int(2 ** 31);
  const xs = Array.from({ length: W }, () => tensor(B, V));
  const targets = Array.from({ length: W }, () => new Array<number>(B).fill(0));
  // a shard's rows of xs and targets, copied out once it knows its share (its size never changes in a run)
  let part: { xs: Tensor[]; targets: number[][] } | null = null;
  return {
    params: { ...p },
    loss(step, shard) {
      const data = new Rng(dataSeed + step);
      for (let r = 0; r < B; r++) {
        const start = data.int(ids.length - W - 1);
        for (let t = 0; t < W; t++) {
          xs[t].data.fill(0, r * V, (r + 1) * V);
          xs[t].data[r * V + ids[start + t]] = 1;
          targets[t][r] = ids[start + t + 1];
        }
      }
      // the shard contract: the same batch drawn, the loss over this share's rows only, weighted b/B
      const { start, end } = shardRows(B, shard);
      const b = end - start;
      let inputs = xs;
      let wanted = targets;
      if (shard !== undefined) {
        if (part === null || part.xs[0].rows !== b)
          part = { xs: xs.map(() => tensor(b, V)), targets: targets.map(() => new Array<number>(b)) };
        for (let t = 0; t < W; t++) {
          part.xs[t].data.set(xs[t].data.subarray(start * V, end * V));
          for (let r = 0; r < b; r++) part.targets[t][r] = targets[t][start + r];
        }
        inputs = part.xs;
        wanted = part.targets;
      }
      let h: Tensor = tensor(b, H);
      const losses: Tensor[] = [];
      for (let t = 0; t < W; t++) {
        h = rnnCell(inputs[t], h, p, 'tanh');
        losses.push(crossEntropy(linear(h, p.Why, p.by), wanted[t]));
      }
      return { loss: scale(addN(losses), shard === undefined ? 1 / W : b / (B * W)) };
    },
  };
}

export const charRnnTask: TaskDefinition<CharRnnConfig> = {
  name: 'char-rnn',
  description: 'Predict the next character of a short text with a vanilla tanh RNN.',
  defaults: {
    text: 'the cat sat on the mat. the dog sat on the log. ',
    hidden: 32,
    window: 24,
    batch: 8,
  },
  optimizer: { type: 'adam', lr: 0.01 },
  shards: true,
  create: build,
};

export interface SampleOptions {
  /** Characters to generate. */
  length: number;
  seed: number;
  /** Characters fed in first (unknown characters are skipped). */
  prime?: string;
  /** Divides the logits: below 1 sharper, above 1 flatter. */
  temperature?: number;
}

/** Generates text one character at a time, feeding each sampled character back in. Forward only. */
export function sampleChars(p: CharRnnParams, vocab: readonly string[], o: SampleOptions): string {
  const V = vocab.length;
  const H = p.Whh.rows;
  const rng = new Rng(o.seed);
  const temperature = o.temperature ?? 1;
  const index = new Map(vocab.map((ch, i) => [ch, i]));
  const tape = new Tape();
  let h = new Float64Array(H);
  let prev = 0;
  const step = (id: number): Float64Array => {
    tape.reset();
    return tape.noGrad(() => {
      const x = tensor(1, V);
      fillOneHot(x, [id]);
      const hn = rnnCell(x, tensor(1, H, h), p, 'tanh');
      h = hn.data.slice();
      return linear(hn, p.Why, p.by).data.slice();
    });
  };
  let logits: Float64Array | null = null;
  for (const ch of o.prime ?? '') {
    const id = index.get(ch);
    if (id !== undefined) logits = step(id);
  }
  let out = '';
  for (let n = 0; n < o.length; n++) {
    if (logits === null) logits = step(prev);
    let max = -Infinity;
    for (const z of logits) max = Math.max(max, z / temperature);
    let total = 0;
    const w = Array.from(logits, (z) => {
      const e = Math.exp(z / temperature - max);
      total += e;
      return e;
    });
    let u = rng.next() * total;
    let id = 0;
    while (id < V - 1 && u >= w[id]) u -= w[id++];
    out += vocab[id];
    prev = id;
    logits = step(id);
  }
  return out;
}
