// The second task of the bottleneck figure, digit reversal: the engine's 'reverse' task settings, the page's copy of its model, and what it makes of typed digits. Pure; no DOM.
import {
  type AttentionKind,
  encode,
  greedyDecode,
  loadSnapshot,
  type ParamSnapshot,
  Rng,
  type Seq2Seq,
  seq2seqParams,
  Tape,
} from '../../engine/index.ts';
import { reverseModel as engineReverseModel } from '../../tasks/index.ts';
import { emptyReading, outside, type Reading } from '../models/translate.ts';

/** Longest sequence; digits 0–7 (token ids 3–10, after PAD, BOS, EOS). */
export const REVERSE_LENGTH = 12;
export const DIGITS = 8;

export function reverseConfig(hidden: number, attention: AttentionKind = 'none') {
  return {
    cell: 'gru',
    attention,
    length: REVERSE_LENGTH,
    digits: DIGITS,
    hidden,
    embed: 16,
    batch: 16,
    evalPerLength: 30,
  } as const;
}

export function reverseModel(
  hidden: number,
  params?: ParamSnapshot,
  attention: AttentionKind = 'none',
): Seq2Seq {
  const m = engineReverseModel(reverseConfig(hidden, attention), new Rng(1));
  if (params) loadSnapshot(seq2seqParams(m), params);
  return m;
}

/** The digits the reversal model knows, as one string: 0 … DIGITS − 1. */
export const DIGIT_CHARS = Array.from({ length: DIGITS }, (_, i) => String(i)).join('');

/**
 * Reads typed text as digits 0–7, cut to REVERSE_LENGTH. Other characters (8, 9, letters, spaces) are left
 * out and listed in `unknown`; a text with no digit to read gets no prediction.
 */
export function readDigits(m: Seq2Seq, text: string): Reading {
  const typed = [...text];
  const all = typed.filter((c) => DIGIT_CHARS.includes(c));
  const left = outside(
    typed.filter((c) => c.trim() !== ''),
    DIGIT_CHARS,
  );
  if (all.length === 0) return { ...emptyReading('left-out'), ...left };
  const chars = all.slice(0, REVERSE_LENGTH);
  const src = chars.map((c) => 3 + Number(c));
  const tape = new Tape();
  const r = tape.noGrad(() => {
    const context = Array.from(encode(m, src).final.h.data);
    return { ...greedyDecode(m, src, { bos: 1, eos: 2, maxLength: REVERSE_LENGTH + 1 }), context };
  });
  const outputs = r.tokens.map((t) => (t === 2 ? '⟨end⟩' : t >= 3 ? String(t - 3) : '?'));
  return {
    chars,
    truncated: Math.max(0, all.length - chars.length),
    ...left,
    unknownFate: 'left-out',
    empty: false,
    prediction: outputs.filter((o) => o !== '⟨end⟩').join(''),
    outputs,
    weights: [],
    context: r.context.map((v) => (Number.isFinite(v) ? v : 0)),
  };
}
