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
import {
  datesModel,
  decodeTarget,
  encodeSource,
  MAX_SOURCE,
  SRC_CHARS,
  translateDate,
} from '../../tasks/index.ts';

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
  /**
   * Characters of the text outside the model's alphabet, each once, in order of appearance, and how many
   * there were in all. What became of them is `unknownFate`: the dates model reads each as one "unknown"
   * token (it sees that something was there, not what); the digit model leaves them out.
   */
  unknown: string[];
  unknownCount: number;
  unknownFate: 'unknown-token' | 'left-out';
  /** Nothing to read: no prediction, no weights, no context vector. */
  empty: boolean;
  /** The predicted ISO-like text and its characters (EOS shown as ⟨end⟩ when produced). */
  prediction: string;
  outputs: string[];
  /** Per output character, the attention weights over the source characters (empty without attention). */
  weights: number[][];
  /** The encoder's final state: the context vector a plain decoder starts from. */
  context: number[];
}

/** The characters of `chars` outside `alphabet`: each once, in order, and how many in all. */
export function outside(
  chars: readonly string[],
  alphabet: string,
): { unknown: string[]; unknownCount: number } {
  const off = chars.filter((c) => !alphabet.includes(c));
  return { unknown: [...new Set(off)], unknownCount: off.length };
}

/** A reading of nothing: an empty box gets no prediction (the model would answer anything for it). */
export function emptyReading(fate: Reading['unknownFate']): Reading {
  return {
    chars: [],
    truncated: 0,
    unknown: [],
    unknownCount: 0,
    unknownFate: fate,
    empty: true,
    prediction: '',
    outputs: [],
    weights: [],
    context: [],
  };
}

/** Reads a text; an empty (or all-blank) text reads as nothing, with no prediction. */
export function readDate(m: Seq2Seq, text: string): Reading {
  if (text.trim().length === 0) return emptyReading('unknown-token');
  const all = [...text.toLowerCase()];
  const chars = all.slice(0, MAX_SOURCE);
  const src = encodeSource(text);
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
    ...outside(chars, SRC_CHARS),
    unknownFate: 'unknown-token',
    empty: false,
    prediction: decodeTarget(r.tokens),
    outputs,
    weights: r.weights.map((w) => w.map((v) => (Number.isFinite(v) ? v : 0))),
    context: r.context.map((v) => (Number.isFinite(v) ? v : 0)),
  };
}
