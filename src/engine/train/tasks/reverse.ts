// Built-in task 'reverse': a seq2seq model learns to output its input digits in reverse order, with or without attention.
import type { CellKind } from '../../cells/recurrent.ts';
import { scale, addN } from '../../ops/elementwise.ts';
import type { Rng } from '../../rng.ts';
import { teacherForcing } from '../../seq2seq/decoder.ts';
import { type AttentionKind, createSeq2Seq, seq2seqParams } from '../../seq2seq/model.ts';
import type { Tensor } from '../../tensor.ts';
import type { TaskDefinition, TrainingTask } from '../registry.ts';

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
  batch: number;
}

/** A random digit sequence of length 1..maxLength, padded; its reversal followed by EOS. */
export function reversePair(rng: Rng, maxLength: number, digits: number): { src: number[]; tgt: number[] } {
  const n = 1 + rng.int(maxLength);
  const seq = Array.from({ length: n }, () => FIRST_DIGIT + rng.int(digits));
  const src = [...seq, ...new Array<number>(maxLength - n).fill(PAD)];
  return { src, tgt: [...seq.reverse(), EOS] };
}

function build(c: ReverseConfig, rng: Rng): TrainingTask {
  const vocab = FIRST_DIGIT + c.digits;
  const model = createSeq2Seq(rng.fork(), {
    srcVocab: vocab,
    tgtVocab: vocab,
    embedSize: c.embed,
    hiddenSize: c.hidden,
    cell: c.cell,
    attention: c.attention,
  });
  const data = rng.fork();
  return {
    params: seq2seqParams(model),
    loss() {
      const losses: Tensor[] = [];
      let correct = 0;
      let total = 0;
      for (let b = 0; b < c.batch; b++) {
        const { src, tgt } = reversePair(data, c.length, c.digits);
        const r = teacherForcing(model, src, tgt, { bos: BOS, pad: PAD });
        losses.push(r.loss);
        const z = r.logits.data;
        for (let t = 0; t < tgt.length; t++) {
          let best = 0;
          for (let k = 1; k < vocab; k++) if (z[t * vocab + k] > z[t * vocab + best]) best = k;
          if (best === tgt[t]) correct++;
          total++;
        }
      }
      return { loss: scale(addN(losses), 1 / c.batch), accuracy: correct / total };
    },
  };
}

export const reverseTask: TaskDefinition<ReverseConfig> = {
  name: 'reverse',
  description:
    'Seq2seq: read up to `length` digits, write them in reverse order (token accuracy, teacher forced).',
  defaults: { cell: 'gru', attention: 'additive', length: 4, digits: 5, hidden: 16, embed: 8, batch: 8 },
  optimizer: { type: 'adam', lr: 0.02 },
  create: build,
};
