// The decoder: one step from the previous token and state (attending over the encoding), and a teacher-forced loss over a whole target.
import { additiveAttention } from '../attention/additive.ts';
import { dotProductAttention } from '../attention/dotProduct.ts';
import { layerStep, type RecurrentState } from '../cells/recurrent.ts';
import { crossEntropy } from '../ops/crossEntropy.ts';
import { embedding } from '../ops/embedding.ts';
import { linear } from '../ops/linear.ts';
import { concat } from '../ops/shape.ts';
import type { Tensor } from '../tensor.ts';
import { type EncodeOptions, type Encoding, encode } from './encoder.ts';
import type { Seq2Seq } from './model.ts';

// Bahdanau et al. (2015): the previous decoder state s_{t−1} queries the encoder states; the context
// c_t joins the embedded previous token as the cell's input, and the output layer reads [s_t; c_t].
// Cho et al. (2014), with `feedContext` and no attention: the same wiring with one fixed c = h_T.

export interface DecoderStep {
  /** [1, tgtVocab]: unnormalised scores of the next token. */
  logits: Tensor;
  state: RecurrentState;
  /** [1, T]: attention over the source positions, or null without attention. */
  weights: Tensor | null;
}

/** One decoder step: previous token id and state → logits for the next token, the new state and the attention weights. */
export function decodeStep(m: Seq2Seq, enc: Encoding, prevToken: number, state: RecurrentState): DecoderStep {
  const emb = embedding(m.tgtEmbed, [prevToken]); // [1, E]
  if (m.config.attention === 'none') {
    if (m.config.feedContext !== true) {
      const next = layerStep(m.decoder, emb, state);
      return { logits: linear(next.h, m.Wout, m.bout), state: next, weights: null };
    }
    const c = enc.final.h; // [1, H]
    const next = layerStep(m.decoder, concat([emb, c], 1), state);
    return { logits: linear(concat([next.h, c], 1), m.Wout, m.bout), state: next, weights: null };
  }
  const { context, weights } =
    m.config.attention === 'dot' || m.attention === null
      ? dotProductAttention(state.h, enc.keys, enc.keys, enc.mask)
      : additiveAttention(state.h, enc.keys, enc.keys, m.attention, enc.mask);
  const next = layerStep(m.decoder, concat([emb, context], 1), state);
  return { logits: linear(concat([next.h, context], 1), m.Wout, m.bout), state: next, weights };
}

export interface TeacherForcingOptions extends EncodeOptions {
  /** Token fed to the decoder before the first target token. */
  bos: number;
  /** Target id that adds nothing to the loss (padding); defaults to `pad`. */
  ignoreIndex?: number;
}

export interface TeacherForced {
  /** Mean cross-entropy of the target tokens (padding ignored): [1,1]. */
  loss: Tensor;
  /** [tgt.length, tgtVocab]: the logits at every step. */
  logits: Tensor;
  /** Per target step, [1, T] attention weights (empty without attention). */
  weights: Tensor[];
}

/** Decodes with the true previous token as input at every step (teacher forcing) and returns the loss. */
export function teacherForcing(
  m: Seq2Seq,
  src: ArrayLike<number>,
  tgt: ArrayLike<number>,
  o: TeacherForcingOptions,
): TeacherForced {
  if (tgt.length === 0) throw new Error('teacherForcing: the target sequence is empty');
  const enc = encode(m, src, o);
  let state = enc.final;
  const steps: Tensor[] = [];
  const weights: Tensor[] = [];
  for (let t = 0; t < tgt.length; t++) {
    const r = decodeStep(m, enc, t === 0 ? o.bos : tgt[t - 1], state);
    state = r.state;
    steps.push(r.logits);
    if (r.weights !== null) weights.push(r.weights);
  }
  const logits = steps.length === 1 ? steps[0] : concat(steps, 0);
  const ignoreIndex = o.ignoreIndex ?? o.pad;
  return { loss: crossEntropy(logits, tgt, { ignoreIndex }), logits, weights };
}
