// The page's copy of a trained dates model: builds it, loads a worker's weights, and reads one input (prediction, attention, context vector). Pure; no DOM.
import {
  type AttentionKind,
  encode,
  loadSnapshot,
  type ParamSnapshot,
  Rng,
  type Seq2Seq,
  seq2seqParams,
  Tape,
} from '../../engine/index.ts';
import { datesModel, decodeTarget, encodeSource, MAX_SOURCE, translateDate } from '../../tasks/index.ts';

export const EMBED = 16;

/** A model with the task's settings; untrained (seeded) until a snapshot is loaded. */
export function pageModel(
  attention: AttentionKind,
  hidden: number,
  seed: number,
  params?: ParamSnapshot,
): Seq2Seq {
  const m = datesModel({ cell: 'gru', attention, hidden, embed: EMBED }, new Rng(seed));
  if (params) loadSnapshot(seq2seqParams(m), params);
  return m;
}

export interface Reading {
  /** The characters the model reads (lower-cased, cut to MAX_SOURCE). */
  chars: string[];
  /** How many characters were cut off the end (0 if none). */
  truncated: number;
  /** The predicted ISO-like text and its characters (EOS shown as ⟨end⟩ when produced). */
  prediction: string;
  outputs: string[];
  /** Per output character, the attention weights over the source characters (empty without attention). */
  weights: number[][];
  /** The encoder's final state: the context vector a plain decoder starts from. */
  context: number[];
}

/** Reads a text; an empty text reads as one space, so there is always a prediction. */
export function readDate(m: Seq2Seq, text: string): Reading {
  const clean = text.length === 0 ? ' ' : text;
  const all = [...clean.toLowerCase()];
  const chars = all.slice(0, MAX_SOURCE);
  const src = encodeSource(clean);
  const tape = new Tape();
  const r = tape.noGrad(() => {
    const enc = encode(m, src);
    const context = Array.from(enc.final.h.data);
    return { ...translateDate(m, src), context };
  });
  const outputs = r.tokens.map((t) => (t === 2 ? '⟨end⟩' : decodeTarget([t]) || '?'));
  return {
    chars,
    truncated: all.length - chars.length,
    prediction: decodeTarget(r.tokens),
    outputs,
    weights: r.weights.map((w) => w.map((v) => (Number.isFinite(v) ? v : 0))),
    context: r.context.map((v) => (Number.isFinite(v) ? v : 0)),
  };
}
