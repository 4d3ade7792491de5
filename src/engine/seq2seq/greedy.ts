// Greedy decoding: feed back the most likely token until end-of-sequence; returns plain arrays that outlive the tape.
import type { EncodeOptions } from './encoder.ts';
import { encode } from './encoder.ts';
import { argmaxRow } from '../ops/argmax.ts';
import { decodeStep } from './decoder.ts';
import type { Seq2Seq } from './model.ts';

export interface GreedyOptions extends EncodeOptions {
  bos: number;
  eos: number;
  maxLength: number;
}

export interface GreedyResult {
  /** The generated tokens, without bos, up to and including eos if it was produced. */
  tokens: number[];
  /** Per generated token, the attention weights over the source (empty rows without attention). */
  weights: number[][];
}

/**
 * Decodes one source sequence greedily. Run it under `tape.noGrad` to reuse a tape's memory (or with
 * no active tape); the result is copied out, so it stays valid after a reset.
 */
export function greedyDecode(m: Seq2Seq, src: ArrayLike<number>, o: GreedyOptions): GreedyResult {
  const enc = encode(m, src, o);
  let state = enc.final;
  let prev = o.bos;
  const tokens: number[] = [];
  const weights: number[][] = [];
  while (tokens.length < o.maxLength) {
    const r = decodeStep(m, enc, prev, state);
    const best = argmaxRow(r.logits, 0);
    tokens.push(best);
    weights.push(r.weights === null ? [] : Array.from(r.weights.data));
    if (best === o.eos) break;
    prev = best;
    state = r.state;
  }
  return { tokens, weights };
}
