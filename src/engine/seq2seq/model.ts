// A sequence-to-sequence model's parameters: embeddings, encoder and decoder layers, optional attention, output layer.
import { additiveParams, type AdditiveParams } from '../attention/additive.ts';
import { type CellKind, layerParams, type Recurrent, recurrent } from '../cells/recurrent.ts';
import { glorotUniform, normal, zeros } from '../init/initializers.ts';
import type { Rng } from '../rng.ts';
import type { Tensor } from '../tensor.ts';

/** 'none': the encoder's final state c = h_T is all the decoder sees of the source (Sutskever et al. 2014; Cho et al. 2014). */
export type AttentionKind = 'none' | 'dot' | 'additive';

export interface Seq2SeqConfig {
  srcVocab: number;
  tgtVocab: number;
  embedSize: number;
  hiddenSize: number;
  cell: CellKind;
  attention: AttentionKind;
  /** Width A of the additive attention layer (default hiddenSize). */
  attentionSize?: number;
  /**
   * Without attention: also feed c = h_T to every decoder step and to the output layer, as Cho et al.
   * (2014) do, not only as the decoder's first state (Sutskever et al. 2014). Still one fixed-size
   * vector for any input; ignored with attention, which feeds its own c_i. Default false.
   */
  feedContext?: boolean;
}

export interface Seq2Seq {
  config: Seq2SeqConfig;
  srcEmbed: Tensor; // [srcVocab, E]
  tgtEmbed: Tensor; // [tgtVocab, E]
  encoder: Recurrent; // input E
  decoder: Recurrent; // input E, plus H for the context when attending or feeding c
  attention: AdditiveParams | null;
  Wout: Tensor; // [tgtVocab, H], or [tgtVocab, 2H] on [s_i; c_i] when attending or feeding c
  bout: Tensor; // [1, tgtVocab]
}

export function createSeq2Seq(rng: Rng, config: Seq2SeqConfig): Seq2Seq {
  const { embedSize: E, hiddenSize: H, cell } = config;
  // the decoder reads a context vector at every step: attention's c_i, or the fixed c = h_T
  const attends = config.attention !== 'none' || config.feedContext === true;
  return {
    config,
    srcEmbed: normal(rng, config.srcVocab, E, 1 / Math.sqrt(E)),
    tgtEmbed: normal(rng, config.tgtVocab, E, 1 / Math.sqrt(E)),
    encoder: recurrent(rng, { kind: cell, inputSize: E, hiddenSize: H }),
    decoder: recurrent(rng, { kind: cell, inputSize: attends ? E + H : E, hiddenSize: H }),
    attention: config.attention === 'additive' ? additiveParams(rng, H, H, config.attentionSize ?? H) : null,
    Wout: glorotUniform(rng, config.tgtVocab, attends ? 2 * H : H),
    bout: zeros(1, config.tgtVocab),
  };
}

/** Every trainable parameter by a dotted name ('encoder.W', 'attention.v', …). */
export function seq2seqParams(m: Seq2Seq): Record<string, Tensor> {
  const out: Record<string, Tensor> = { srcEmbed: m.srcEmbed, tgtEmbed: m.tgtEmbed };
  for (const [k, v] of Object.entries(layerParams(m.encoder))) out[`encoder.${k}`] = v;
  for (const [k, v] of Object.entries(layerParams(m.decoder))) out[`decoder.${k}`] = v;
  if (m.attention !== null) for (const [k, v] of Object.entries(m.attention)) out[`attention.${k}`] = v;
  out.Wout = m.Wout;
  out.bout = m.bout;
  return out;
}
