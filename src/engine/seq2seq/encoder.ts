// The encoder: embeds the source tokens and runs the recurrent layer over them, keeping every h_t as a key for attention.
import { paddingMask } from '../attention/mask.ts';
import { type RecurrentState, unroll } from '../cells/recurrent.ts';
import { embedding } from '../ops/embedding.ts';
import { concat, splitRows } from '../ops/shape.ts';
import type { Tensor } from '../tensor.ts';
import type { Seq2Seq } from './model.ts';

export interface Encoding {
  /** The encoder state after each source position. */
  states: RecurrentState[];
  /** [T, H]: h_1 … h_T stacked, the keys and values attention reads. */
  keys: Tensor;
  /** 1 at real tokens, 0 at padding (undefined when no pad id was given). */
  mask: number[] | undefined;
  /** The state after the last non-padding token: the decoder starts from it. */
  final: RecurrentState;
}

export interface EncodeOptions {
  /** Padding token id: padded positions are masked from attention and skipped for the final state. */
  pad?: number;
}

/** Encodes one source sequence (token ids) of length T ≥ 1. */
export function encode(m: Seq2Seq, src: ArrayLike<number>, o: EncodeOptions = {}): Encoding {
  const T = src.length;
  if (T === 0) throw new Error('encode: the source sequence is empty');
  const xs = splitRows(embedding(m.srcEmbed, src), T); // T views of [1, E]
  const states = unroll(m.encoder, xs);
  const mask = o.pad === undefined ? undefined : paddingMask(src, o.pad);
  let last = T - 1;
  if (mask !== undefined) {
    while (last >= 0 && mask[last] === 0) last--;
    if (last < 0) throw new Error('encode: every source token is padding');
  }
  const keys =
    T === 1
      ? states[0].h
      : concat(
          states.map((s) => s.h),
          0,
        );
  return { states, keys, mask, final: states[last] };
}
