// Built-in task 'reverse': a seq2seq model learns to output its input digits in reverse order, with or without attention; evaluate() scores held-out sequences by length.
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

// Reversal puts the first input token furthest from the first output token: without attention the
// encoder's final state must hold the whole sequence (Sutskever et al. 2014 reversed the *source* for
// this reason); with attention the decoder can look each token up directly (Bahdanau et al. 2015).

export const PAD = 0;
export const BOS = 1;
export const EOS = 2;
const FIRST_DIGIT = 3;

export interface ReverseConfig {
  cell: CellKind;
  attention: AttentionKind;
  /** Longest input; shorter ones are padded to it (and masked). */
  length: number;
  digits: number;
  hidden: number;
  embed: number;
  /** Without attention, feed c = h_T to every decoder step and the output layer (Cho et al. 2014). */
  feedContext: boolean;
  batch: number;
  /** Held-out sequences of each length that evaluate() decodes (fewer where fewer exist). */
  evalPerLength: number;
}

/**
 * Whether a digit sequence is held out: about one in five (a fixed hash of the digits, the same for
 * every seed), never drawn for training, so evaluate() scores sequences the model has not seen.
 */
export function isHeldOutSequence(seq: readonly number[]): boolean {
  let h = 0x811c9dc5 ^ seq.length;
  for (const d of seq) h = Math.imul(h ^ (d + 1), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return (h >>> 0) % 5 === 0;
}

/** A random training sequence of length 1..maxLength (never a held-out one), padded; its reversal followed by EOS. */
export function reversePair(rng: Rng, maxLength: number, digits: number): { src: number[]; tgt: number[] } {
  let seq: number[];
  do {
    const n = 1 + rng.int(maxLength);
    seq = Array.from({ length: n }, () => FIRST_DIGIT + rng.int(digits));
  } while (isHeldOutSequence(seq));
  const src = [...seq, ...new Array<number>(maxLength - seq.length).fill(PAD)];
  return { src, tgt: [...seq].reverse().concat(EOS) };
}

/**
 * The held-out set: for each length n = 1..maxLength, up to `perLength` distinct held-out sequences
 * (all of them when fewer exist), drawn from `seed`. Entry n − 1 holds the sequences of length n.
 */
export function heldOutSequences(
  seed: Rng,
  maxLength: number,
  digits: number,
  perLength: number,
): number[][][] {
  return Array.from({ length: maxLength }, (_, i) => {
    const n = i + 1;
    const out: number[][] = [];
    if (digits ** n <= 4096) {
      // few enough to list: every held-out sequence, in a seeded order
      for (let k = 0; k < digits ** n; k++) {
        const seq = Array.from({ length: n }, (_, j) => FIRST_DIGIT + (Math.floor(k / digits ** j) % digits));
        if (isHeldOutSequence(seq)) out.push(seq);
      }
      for (let j = out.length - 1; j > 0; j--) {
        const r = seed.int(j + 1);
        [out[j], out[r]] = [out[r], out[j]];
      }
      return out.slice(0, perLength);
    }
    const seen = new Set<string>();
    while (out.length < perLength) {
      const seq = Array.from({ length: n }, () => FIRST_DIGIT + seed.int(digits));
      const key = seq.join(',');
      if (isHeldOutSequence(seq) && !seen.has(key)) {
        seen.add(key);
        out.push(seq);
      }
    }
    return out;
  });
}

/** Greedy reversal of each set: `exact`, the share reversed entirely right (EOS included), and `char`, the share of target positions right. */
export function reversalAccuracy(
  m: Seq2Seq,
  sets: number[][][],
): { exact: number; char: number; count: number }[] {
  const tape = new Tape();
  return sets.map((set) => {
    let exact = 0;
    let char = 0;
    for (const seq of set) {
      const want = [...seq].reverse().concat(EOS);
      tape.reset();
      const got = tape.noGrad(() =>
        greedyDecode(m, seq, { bos: BOS, eos: EOS, maxLength: want.length }),
      ).tokens;
      let same = 0;
      for (let i = 0; i < want.length; i++) if (got[i] === want[i]) same++;
      char += same / want.length;
      if (same === want.length) exact++;
    }
    const n = Math.max(1, set.length);
    return { exact: exact / n, char: char / n, count: set.length };
  });
}

/** Builds the task's model; a page builds the same one to load a snapshot into. */
export function reverseModel(
  c: Pick<ReverseConfig, 'cell' | 'attention' | 'digits' | 'hidden' | 'embed'> & { feedContext?: boolean },
  rng: Rng,
): Seq2Seq {
  return createSeq2Seq(rng, {
    srcVocab: FIRST_DIGIT + c.digits,
    tgtVocab: FIRST_DIGIT + c.digits,
    embedSize: c.embed,
    hiddenSize: c.hidden,
    cell: c.cell,
    attention: c.attention,
    feedContext: c.feedContext ?? true,
  });
}

function build(c: ReverseConfig, rng: Rng): TrainingTask {
  const model = reverseModel(c, rng.fork());
  // Each step's batch comes from the step number, so a step's loss can be recomputed (gradcheck).
  const dataSeed = rng.fork().int(2 ** 30);
  const heldOut = heldOutSequences(rng.fork(), c.length, c.digits, c.evalPerLength);
  return {
    params: seq2seqParams(model),
    loss(step) {
      const data = new Rng(dataSeed + step);
      const pairs = Array.from({ length: c.batch }, () => reversePair(data, c.length, c.digits));
      return teacherForcedBatch(model, pairs, { bos: BOS, pad: PAD });
    },
    evaluate() {
      const acc = reversalAccuracy(model, heldOut);
      const out: Record<string, number> = {};
      let exact = 0;
      let char = 0;
      let lengths = 0;
      acc.forEach((a, i) => {
        if (a.count === 0) return;
        out[`exact${i + 1}`] = a.exact;
        out[`char${i + 1}`] = a.char;
        exact += a.exact;
        char += a.char;
        lengths++;
      });
      out.exact = exact / Math.max(1, lengths);
      out.char = char / Math.max(1, lengths);
      return out;
    },
  };
}

export const reverseTask: TaskDefinition<ReverseConfig> = {
  name: 'reverse',
  description:
    'Seq2seq: read up to `length` digits, write them in reverse order (token accuracy, teacher forced); evaluate() gives exact match on held-out sequences of each length.',
  defaults: {
    cell: 'gru',
    attention: 'additive',
    length: 4,
    digits: 5,
    hidden: 16,
    embed: 8,
    feedContext: true,
    batch: 8,
    evalPerLength: 30,
  },
  optimizer: { type: 'adam', lr: 0.02 },
  create: build,
};
