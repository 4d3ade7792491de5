// Built-in task 'dates': a character-level seq2seq model learns to rewrite human-readable dates as ISO dates, with or without attention.
import {
  type CellKind,
  Rng,
  teacherForcedBatch,
  greedyDecode,
  type AttentionKind,
  createSeq2Seq,
  type Seq2Seq,
  seq2seqParams,
  Tape,
  type TaskDefinition,
  type TrainingTask,
} from '../engine/index.ts';
import {
  type DateExample,
  heldOutSet,
  LENGTH_BANDS,
  SRC_VOCAB,
  TARGET_LENGTH,
  TGT_BOS,
  TGT_EOS,
  TGT_VOCAB,
  trainingExample,
} from './datesData.ts';

// Without attention the decoder sees the source only through the encoder's final state, a vector of
// `hidden` numbers whatever the input's length; by default it reads that vector at every step and in its
// output layer (feedContext, Cho et al. 2014): started from it alone (Sutskever et al. 2014) the model
// stalls here at about three characters in four, ignoring its input. With attention it reads every
// encoder state again at each output character (Bahdanau et al. 2015).

export interface DatesConfig {
  cell: CellKind;
  attention: AttentionKind;
  /** Size of the encoder and decoder states: without attention, the context vector's size. */
  hidden: number;
  embed: number;
  /** Without attention, feed c = h_T to every decoder step and the output layer (Cho et al. 2014). */
  feedContext: boolean;
  batch: number;
  /** Held-out examples per input-length band that evaluate() decodes. */
  evalPerBand: number;
}

/** Builds the task's model; a page builds the same one to load a snapshot into. */
export function datesModel(
  c: Pick<DatesConfig, 'cell' | 'attention' | 'hidden' | 'embed'> & { feedContext?: boolean },
  rng: Rng,
): Seq2Seq {
  return createSeq2Seq(rng, {
    srcVocab: SRC_VOCAB,
    tgtVocab: TGT_VOCAB,
    embedSize: c.embed,
    hiddenSize: c.hidden,
    cell: c.cell,
    attention: c.attention,
    feedContext: c.feedContext ?? true,
  });
}

/** Greedy decoding of one source (ids), at most an ISO date and EOS long. */
export function translateDate(m: Seq2Seq, src: number[]): { tokens: number[]; weights: number[][] } {
  return greedyDecode(m, src, { bos: TGT_BOS, eos: TGT_EOS, maxLength: TARGET_LENGTH });
}

/**
 * Accuracy of greedy decoding on each set of examples: `exact`, the share whose whole ISO date and EOS
 * are right, and `char`, the share of the 11 target positions right (a gentler measure while learning).
 */
export function dateAccuracy(m: Seq2Seq, sets: DateExample[][]): { exact: number; char: number }[] {
  const tape = new Tape();
  return sets.map((set) => {
    let right = 0;
    let chars = 0;
    for (const ex of set) {
      tape.reset();
      const { tokens } = tape.noGrad(() => translateDate(m, ex.src));
      let same = 0;
      for (let i = 0; i < ex.tgt.length; i++) if (tokens[i] === ex.tgt[i]) same++;
      chars += same / ex.tgt.length;
      if (same === ex.tgt.length) right++;
    }
    const n = Math.max(1, set.length);
    return { exact: right / n, char: chars / n };
  });
}

/** Exact-match accuracy of greedy decoding on each set of examples. */
export function exactMatch(m: Seq2Seq, sets: DateExample[][]): number[] {
  return dateAccuracy(m, sets).map((a) => a.exact);
}

/** The evaluate() key of a length band: 'exact6-9', … (and 'char6-9', …); 'exact' and 'char' are the means over bands. */
export const bandKey = ([lo, hi]: readonly [number, number]) => `exact${lo}-${hi}`;

function build(c: DatesConfig, rng: Rng): TrainingTask {
  if (!(c.hidden >= 1 && c.embed >= 1 && c.batch >= 1))
    throw new Error('dates: hidden, embed and batch must be ≥ 1');
  const model = datesModel(c, rng.fork());
  // Each step's batch comes from the step number, so a step's loss can be recomputed (gradcheck).
  const dataSeed = rng.fork().int(2 ** 30);
  const heldOut = heldOutSet(rng.fork(), c.evalPerBand);
  return {
    params: seq2seqParams(model),
    loss(step) {
      const data = new Rng(dataSeed + step);
      const pairs = Array.from({ length: c.batch }, () => trainingExample(data));
      return teacherForcedBatch(model, pairs, { bos: TGT_BOS });
    },
    evaluate() {
      const acc = dateAccuracy(model, heldOut);
      const out: Record<string, number> = {};
      LENGTH_BANDS.forEach((band, i) => {
        out[bandKey(band)] = acc[i].exact;
        out[bandKey(band).replace('exact', 'char')] = acc[i].char;
      });
      out.exact = acc.reduce((a, b) => a + b.exact, 0) / acc.length;
      out.char = acc.reduce((a, b) => a + b.char, 0) / acc.length;
      return out;
    },
  };
}

export const datesTask: TaskDefinition<DatesConfig> = {
  name: 'dates',
  description:
    'Seq2seq, character level: rewrite a human-readable date ("Thursday, May 3rd 1979") as an ISO date ("1979-05-03"); evaluate() gives exact match on held-out days per input-length band.',
  defaults: {
    cell: 'gru',
    attention: 'additive',
    hidden: 32,
    embed: 16,
    feedContext: true,
    batch: 16,
    evalPerBand: 30,
  },
  // lr 0.02: the additive model passes 95% held-out exact match in about 430 steps (seed 1)
  optimizer: { type: 'adam', lr: 0.02 },
  create: build,
};
