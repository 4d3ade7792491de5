// The long-sentence figure's model: a tanh RNN reads the documents' sentence word by word; a real backward pass from the last word measures how much gradient reaches each earlier word.
import {
  param,
  Rng,
  recurrentWeights,
  rnnCell,
  sum,
  Tape,
  type Tensor,
  tensor,
} from '../../../engine/index.ts';
import type { StateOf } from '../../figure/stateSchema.ts';
import { type LongSentenceSchema, SENTENCE } from './state.ts';

const D = 8;
const H = 32;

export interface WordGradient {
  word: string;
  /** ‖∂L/∂h_t‖ ÷ ‖∂L/∂h_T‖ with L read at the last word. */
  share: number;
}

export interface LongSentenceModel {
  words: WordGradient[];
  /** The share that reaches "student". */
  student: number;
  /** How many words separate "student" from the last word. */
  distance: number;
}

// Each word's input vector is drawn from a generator seeded by the word itself, so "the" is one vector.
function embed(word: string, seed: number): Float64Array {
  let h = seed * 2654435761;
  for (const ch of word.toLowerCase()) h = (Math.imul(h ^ ch.charCodeAt(0), 16777619) + 1) >>> 0;
  const rng = new Rng(h);
  return Float64Array.from({ length: D }, () => rng.normal());
}

const tape = new Tape();

export function longSentenceModel(s: StateOf<LongSentenceSchema>): LongSentenceModel {
  const rng = new Rng(s.seed);
  const lim = Math.sqrt(6 / (H + D));
  const p = {
    Wxh: param(
      H,
      D,
      Float64Array.from({ length: H * D }, () => rng.uniform(-lim, lim)),
    ),
    Whh: recurrentWeights(rng.fork(), H, s.radius, 'orthogonal'),
    b: param(1, H),
  };
  tape.reset();
  const hs: Tensor[] = [];
  tape.run(() => {
    let h = tensor(1, H);
    for (const w of SENTENCE) {
      h = rnnCell(tensor(1, D, embed(w, s.seed)), h, p, 'tanh');
      hs.push(h);
    }
  });
  tape.backward(tape.run(() => sum(hs[hs.length - 1])));
  const norms = hs.map((h) => Math.hypot(...(h.grad as Float64Array)));
  const last = norms[norms.length - 1];
  const words = SENTENCE.map((word, i) => ({ word, share: norms[i] / last }));
  const i = SENTENCE.indexOf('student');
  return { words, student: words[i].share, distance: SENTENCE.length - 1 - i };
}
