// The "order, again" model: one layer of multi-head self-attention (the engine's fused op, no mask) on a
// sentence and on a shuffle of it, with no positions, sinusoidal positions or a learned table (as it is
// initialised); how far each word's output row moves; the sinusoidal encoding and the similarity of two
// positions as a function of their distance.
import {
  glorotUniform,
  multiHeadAttention,
  normal,
  Rng,
  sinusoidalPositions,
  Tape,
  tensor,
  zeros,
} from '../../../engine/index.ts';
import type { StateOf } from '../../figure/stateSchema.ts';
import type { PositionsOrderSchema } from './state.ts';

/** Words read at most; more are cut (with a note). */
export const MAX_WORDS = 12;
/** Width of the word vectors and of the attention layer. */
export const D = 16;
export const HEADS = 2;
/** Positions drawn in the encoding heatmap, and its width. */
export const ENCODING_T = 32;
export const ENCODING_D = 32;
/** Output values of a row shown in the table. */
export const SHOWN = 4;

export interface WordRow {
  word: string;
  /** Position in the sentence as typed, and in the shuffle (0-based). */
  from: number;
  to: number;
  /** The first SHOWN values of the word's output row, as typed and shuffled. */
  before: number[];
  after: number[];
  /** Largest |difference| over all D values of the word's output row. */
  change: number;
}

export interface PositionsOrderModel {
  words: string[];
  truncated: number;
  shuffled: string[];
  positions: StateOf<PositionsOrderSchema>['positions'];
  rows: WordRow[];
  /** Largest change over every word: about 1e-16 (rounding) without positions. */
  maxChange: number;
  /** sinusoidalPositions(ENCODING_T, ENCODING_D) as rows. */
  encoding: number[][];
  /** similarity[k]: cosine of P[t] and P[t + k], the same for every t (see spread). */
  similarity: number[];
  /** Largest difference of that cosine across t at any k: the relative-shift property, measured. */
  spread: number;
}

/** A word's seeded vector: the same word always gets the same vector, wherever it stands. */
function wordSeed(w: string): number {
  let h = 2166136261;
  for (const ch of w) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619);
  return h >>> 0;
}

/** The k-th seeded shuffle of 0…n−1 (Fisher–Yates); k = 0 is the identity. */
export function permutation(n: number, k: number): number[] {
  const p = Array.from({ length: n }, (_, i) => i);
  if (k === 0) return p;
  const rng = new Rng(1000 + k);
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [p[i], p[j]] = [p[j], p[i]];
  }
  // a shuffle that changes nothing says nothing: rotate by one instead
  if (n > 1 && p.every((v, i) => v === i)) return p.map((_, i) => (i + 1) % n);
  return p;
}

/** Splits the sentence into at most MAX_WORDS lower-case words. */
export function readWords(text: string): { words: string[]; truncated: number } {
  const all = text.toLowerCase().split(/\s+/).filter(Boolean);
  return { words: all.slice(0, MAX_WORDS), truncated: Math.max(0, all.length - MAX_WORDS) };
}

/** One attention layer on the words, with the chosen positions added: the output rows, [n][D]. */
function attend(words: string[], kind: PositionsOrderModel['positions']): number[][] {
  const n = words.length;
  const rng = new Rng(8);
  const params = {
    Wq: glorotUniform(rng, D, D),
    bq: zeros(1, D),
    Wk: glorotUniform(rng, D, D),
    bk: zeros(1, D),
    Wv: glorotUniform(rng, D, D),
    bv: zeros(1, D),
    Wo: glorotUniform(rng, D, D),
    bo: zeros(1, D),
  };
  // a learned table as training starts it: seeded, N(0, 1) here so it is as large as the word vectors
  const P =
    kind === 'sinusoidal'
      ? sinusoidalPositions(MAX_WORDS, D)
      : kind === 'learned'
        ? normal(new Rng(9), MAX_WORDS, D, 1)
        : null;
  const X = tensor(n, D);
  words.forEach((w, i) => {
    const e = new Rng(wordSeed(w));
    for (let j = 0; j < D; j++) X.data[i * D + j] = e.normal() + (P === null ? 0 : P.data[i * D + j]);
  });
  const tape = new Tape();
  return tape.noGrad(() => multiHeadAttention(X, params, { batch: 1, heads: HEADS }).output.toRows());
}

function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    ab += a[i] * b[i];
    aa += a[i] * a[i];
    bb += b[i] * b[i];
  }
  return ab / Math.sqrt(aa * bb);
}

/** The sinusoidal table, and the cosine of positions k apart, measured at every start t. */
export function encodingFacts(): Pick<PositionsOrderModel, 'encoding' | 'similarity' | 'spread'> {
  const P = sinusoidalPositions(ENCODING_T, ENCODING_D).toRows();
  let spread = 0;
  const similarity = Array.from({ length: ENCODING_T }, (_, k) => {
    const at = Array.from({ length: ENCODING_T - k }, (_, t) => cosine(P[t], P[t + k]));
    spread = Math.max(spread, Math.max(...at) - Math.min(...at));
    return at[0];
  });
  return { encoding: P, similarity, spread };
}

let facts: ReturnType<typeof encodingFacts> | null = null;

export function positionsOrderModel(s: StateOf<PositionsOrderSchema>): PositionsOrderModel {
  const read = readWords(s.text);
  const words = read.words.length === 0 ? ['…'] : read.words;
  const perm = permutation(words.length, s.shuffle);
  const shuffled = perm.map((i) => words[i]);
  const Y = attend(words, s.positions);
  const Ys = attend(shuffled, s.positions);
  // the word typed at position i stands at position `to` in the shuffle
  const rows = words.map((word, from) => {
    const to = perm.indexOf(from);
    const change = Math.max(...Y[from].map((v, j) => Math.abs(v - Ys[to][j])));
    return { word, from, to, before: Y[from].slice(0, SHOWN), after: Ys[to].slice(0, SHOWN), change };
  });
  facts ??= encodingFacts();
  return {
    words,
    truncated: read.truncated,
    shuffled,
    positions: s.positions,
    rows,
    maxChange: Math.max(...rows.map((r) => r.change)),
    ...facts,
  };
}
