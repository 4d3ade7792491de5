// Example: train a seq2seq model with additive attention to reverse digits, then decode greedily and print where it looked.
import {
  Adam,
  addN,
  clipGradNorm,
  createSeq2Seq,
  greedyDecode,
  Rng,
  scale,
  seq2seqParams,
  Tape,
  type Tensor,
  teacherForcing,
} from '../engine/index.ts';
import { reversePair } from '../tasks/index.ts';

const PAD = 0;
const BOS = 1;
const EOS = 2;
const DIGITS = 5; // tokens 3..7 are the digits 0..4

/** Trains for `steps` steps on batches of 8 random pairs, then decodes [0 2 4 1] with the trained model. */
export function main(
  log: (line: string) => void = console.log,
  steps = 300,
): { output: number[]; weights: number[][]; loss: number } {
  const rng = new Rng(3);
  const model = createSeq2Seq(rng, {
    srcVocab: 3 + DIGITS,
    tgtVocab: 3 + DIGITS,
    embedSize: 8,
    hiddenSize: 16,
    cell: 'gru',
    attention: 'additive',
  });
  const params = Object.values(seq2seqParams(model));
  const opt = new Adam(params, { lr: 0.02 });
  const tape = new Tape();
  let loss = Number.NaN;
  for (let step = 1; step <= steps; step++) {
    opt.zeroGrad();
    tape.reset();
    const L = tape.run(() => {
      const losses: Tensor[] = [];
      for (let b = 0; b < 8; b++) {
        const { src, tgt } = reversePair(rng, 4, DIGITS);
        losses.push(teacherForcing(model, src, tgt, { bos: BOS, pad: PAD }).loss);
      }
      return scale(addN(losses), 1 / 8);
    });
    tape.backward(L);
    clipGradNorm(params, 5);
    opt.step();
    loss = L.item();
    if (step % 100 === 0) log(`step ${step}: loss ${loss.toFixed(3)}`);
  }
  const input = [0, 2, 4, 1].map((d) => 3 + d);
  tape.reset();
  const { tokens, weights } = tape.noGrad(() =>
    greedyDecode(model, input, { bos: BOS, eos: EOS, maxLength: 6, pad: PAD }),
  );
  const show = (t: number) => (t === EOS ? '<eos>' : String(t - 3));
  log(`input  ${input.map(show).join(' ')}`);
  log(`output ${tokens.map(show).join(' ')}`);
  log('attention weights (rows: output tokens, columns: input positions)');
  for (const [i, row] of weights.entries())
    log(`  ${show(tokens[i]).padEnd(5)} ${row.map((w) => w.toFixed(2)).join(' ')}`);
  return { output: tokens, weights, loss };
}
