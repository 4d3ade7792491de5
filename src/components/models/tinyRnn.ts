// A small untrained word-level RNN for Chapter 3's unroller and BPTT figures: a sentence in, every step's numbers out, forward and backward, all computed by the engine.
import {
  add,
  addN,
  crossEntropy,
  linear,
  orthogonal,
  param,
  Rng,
  rnnCell,
  Tape,
  type Tensor,
  tanh,
  tensor,
} from '../../engine/index.ts';

/** Input size D (each word's vector) and hidden size H: small enough to print every number. */
export const D = 4;
export const H = 6;
/** At most this many words are read. */
export const MAX_T = 8;
/** The target after the last word. */
export const END = '⟨end⟩';

/** Lower-cased words of a sentence (letters, digits and apostrophes), at most MAX_T of them. */
export function words(sentence: string): string[] {
  return (sentence.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []).slice(0, MAX_T);
}

function hash(word: string): number {
  let h = 2166136261;
  for (const ch of word) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 16777619);
  return (h >>> 0) % 2 ** 31;
}

/** A word's input vector x: drawn from a generator seeded by the word, so "the" is the same vector in every sentence. */
export function wordVector(word: string): number[] {
  const rng = new Rng(hash(word) + 1);
  return Array.from({ length: D }, () => Math.round(rng.normal() * 100) / 100);
}

interface Weights {
  Wxh: number[];
  Whh: number[];
  b: number[];
  Why: number[];
  by: number[];
}

/** Fixed random weights (seed 7) for an output vocabulary of V words. Wxh: [H, D], Whh: [H, H] orthogonal, Why: [V, H]. */
export function weights(V: number): Weights {
  const rng = new Rng(7);
  const lim = Math.sqrt(6 / (H + D));
  const Wxh = Array.from({ length: H * D }, () => rng.uniform(-lim, lim) * 1.5);
  const Whh = [...orthogonal(rng.fork(), H, H).data].map((w) => w * 0.9);
  const b = Array.from({ length: H }, () => rng.uniform(-0.1, 0.1));
  const lo = Math.sqrt(6 / (H + V));
  const Why = Array.from({ length: V * H }, () => rng.uniform(-lo, lo) * 2);
  return { Wxh, Whh, b, Why, by: new Array(V).fill(0) };
}

export interface ForwardStep {
  word: string;
  x: number[];
  /** W_hh·h_{t−1}, W_xh·x_t, z_t = their sum + b, and h_t = tanh(z_t). */
  Whh_h: number[];
  Wxh_x: number[];
  z: number[];
  h: number[];
}

export interface ForwardTrace {
  words: string[];
  b: number[];
  /** steps[t − 1] is step t; h_0 is all zeros. */
  steps: ForwardStep[];
}

const tape = new Tape();
const copy = (t: Tensor) => [...t.data];

/** Reads the sentence with h_t = tanh(W_hh h_{t−1} + W_xh x_t + b_h), keeping each term of each step. */
export function forward(sentence: string): ForwardTrace {
  const ws = words(sentence);
  const w = weights(ws.length + 1);
  const Wxh = tensor(H, D, w.Wxh);
  const Whh = tensor(H, H, w.Whh);
  const b = tensor(1, H, w.b);
  tape.reset();
  const steps: ForwardStep[] = [];
  tape.noGrad(() => {
    let h = tensor(1, H);
    for (const word of ws) {
      const x = wordVector(word);
      const hw = linear(h, Whh);
      const xw = linear(tensor(1, D, x), Wxh);
      const z = add(add(hw, xw), b);
      h = tanh(z);
      steps.push({ word, x, Whh_h: copy(hw), Wxh_x: copy(xw), z: copy(z), h: copy(h) });
    }
  });
  return { words: ws, b: w.b, steps };
}

export interface BackwardTrace {
  words: string[];
  /** The word each step is trained to predict: the next word, END after the last. */
  targets: string[];
  /** L_t, the cross-entropy of step t's prediction; L = Σ_t L_t. */
  losses: number[];
  /** ∂L/∂h_t for t = 1 … T (index t − 1). */
  gradH: number[][];
  /** ∂L/∂W_hh^(t): the gradient of the copy of W_hh used at step t only, [H·H] row-major. */
  contributions: number[][];
  /** ∂L/∂W_hh of the one shared matrix, from a separate backward pass. */
  shared: number[];
  /** The largest |Σ_t contribution_t − shared| over the H·H entries. */
  maxDifference: number;
}

/**
 * Backpropagation through time, twice. Once with one shared W_hh, as the network really is; once with a
 * separate copy of W_hh at each step, so that each copy's gradient is exactly that step's term of
 * ∂L/∂W_hh = Σ_t ∂L/∂z_t · h_{t−1}ᵀ. The two must agree.
 */
export function backward(sentence: string): BackwardTrace {
  const ws = words(sentence);
  const vocab = [...new Set([...ws, END])];
  const ids = [...ws.slice(1), END].map((v) => vocab.indexOf(v));
  const w = weights(vocab.length);
  const make = () => ({
    Wxh: param(H, D, w.Wxh),
    b: param(1, H, w.b),
    Why: param(vocab.length, H, w.Why),
    by: param(1, vocab.length, w.by),
  });
  const xs = ws.map((word) => wordVector(word));

  const run = (WhhAt: (t: number) => Tensor) => {
    const p = make();
    tape.reset();
    const hs: Tensor[] = [];
    const Ls: Tensor[] = [];
    const loss = tape.run(() => {
      let h = tensor(1, H);
      for (let t = 0; t < ws.length; t++) {
        h = rnnCell(tensor(1, D, xs[t]), h, { Wxh: p.Wxh, Whh: WhhAt(t), b: p.b }, 'tanh');
        hs.push(h);
        Ls.push(crossEntropy(linear(h, p.Why, p.by), [ids[t]]));
      }
      return addN(Ls);
    });
    tape.backward(loss);
    return { losses: Ls.map((l) => l.item()), gradH: hs.map((h) => [...(h.grad as Float64Array)]) };
  };

  const Whh = param(H, H, w.Whh);
  const one = ws.length > 0 ? run(() => Whh) : { losses: [], gradH: [] };
  const shared = [...(Whh.grad as Float64Array)];
  const copies = ws.map(() => param(H, H, w.Whh));
  if (ws.length > 0) run((t) => copies[t]);
  const contributions = copies.map((c) => [...(c.grad as Float64Array)]);
  let maxDifference = 0;
  for (let k = 0; k < H * H; k++) {
    let s = 0;
    for (const c of contributions) s += c[k];
    maxDifference = Math.max(maxDifference, Math.abs(s - shared[k]));
  }
  return {
    words: ws,
    targets: ids.map((i) => vocab[i]),
    losses: one.losses,
    gradH: one.gradH,
    contributions,
    shared,
    maxDifference,
  };
}

/** Euclidean (Frobenius) norm of a vector or a flattened matrix. */
export function norm(v: readonly number[]): number {
  return Math.hypot(...v);
}
