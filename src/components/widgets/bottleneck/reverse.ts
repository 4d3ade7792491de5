// The second task of the bottleneck figure, digit reversal: the engine's 'reverse' task settings, the page's copy of its model, and exact match by sequence length on fresh seeded sequences. Pure; no DOM.
import {
  type AttentionKind,
  createSeq2Seq,
  encode,
  greedyDecode,
  loadSnapshot,
  type ParamSnapshot,
  Rng,
  type Seq2Seq,
  seq2seqParams,
  Tape,
} from '../../../engine/index.ts';
import type { Band } from '../dates-common/datesRun.ts';
import type { Reading } from '../dates-common/translate.ts';

/** Longest sequence; digits 0–7 (token ids 3–10, after PAD, BOS, EOS). */
export const REVERSE_LENGTH = 12;
export const DIGITS = 8;
export const REVERSE_LENGTHS = [2, 4, 6, 8, 10, 12];

export function reverseConfig(hidden: number, attention: AttentionKind = 'none') {
  return {
    cell: 'gru',
    attention,
    length: REVERSE_LENGTH,
    digits: DIGITS,
    hidden,
    embed: 16,
    batch: 16,
  } as const;
}

export function reverseModel(
  hidden: number,
  params?: ParamSnapshot,
  attention: AttentionKind = 'none',
): Seq2Seq {
  const m = createSeq2Seq(new Rng(1), {
    srcVocab: 3 + DIGITS,
    tgtVocab: 3 + DIGITS,
    embedSize: 16,
    hiddenSize: hidden,
    cell: 'gru',
    attention,
  });
  if (params) loadSnapshot(seq2seqParams(m), params);
  return m;
}

/** Reads typed text as digits 0–7 (other characters are skipped), cut to REVERSE_LENGTH; none reads as "0". */
export function readDigits(m: Seq2Seq, text: string): Reading {
  const all = [...text].filter((c) => c >= '0' && c <= '7');
  const chars = all.length === 0 ? ['0'] : all.slice(0, REVERSE_LENGTH);
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
    prediction: outputs.filter((o) => o !== '⟨end⟩').join(''),
    outputs,
    weights: [],
    context: r.context.map((v) => (Number.isFinite(v) ? v : 0)),
  };
}

/** Exact match and digits right of greedy reversal, 30 fresh seeded sequences per length. */
export function reverseBands(m: Seq2Seq): Band[] {
  const rng = new Rng(99);
  const tape = new Tape();
  return REVERSE_LENGTHS.map((n) => {
    let exact = 0;
    let char = 0;
    for (let k = 0; k < 30; k++) {
      const seq = Array.from({ length: n }, () => 3 + rng.int(DIGITS));
      const want = [...seq].reverse().concat(2);
      tape.reset();
      const got = tape.noGrad(() => greedyDecode(m, seq, { bos: 1, eos: 2, maxLength: n + 1 })).tokens;
      let same = 0;
      for (let i = 0; i < want.length; i++) if (got[i] === want[i]) same++;
      char += same / want.length;
      if (same === want.length) exact++;
    }
    return { lo: n, hi: n, exact: exact / 30, char: char / 30 };
  });
}
