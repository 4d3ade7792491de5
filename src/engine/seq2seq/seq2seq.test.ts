// Specification of the seq2seq blocks: gradients for every cell and attention, masking, greedy decoding.
import { describe, expect, it } from 'vitest';
import { expectArrayClose, expectGradsMatch, Rng } from '../__tests__/helpers.ts';
import { type CellKind, layerParams } from '../cells/recurrent.ts';
import { Tape } from '../tape.ts';
import { teacherForcing } from './decoder.ts';
import { encode } from './encoder.ts';
import { greedyDecode } from './greedy.ts';
import { type AttentionKind, createSeq2Seq, seq2seqParams } from './model.ts';

const PAD = 0;
const BOS = 1;
const EOS = 2;

function model(cell: CellKind, attention: AttentionKind, seed = 160, feedContext = false) {
  return createSeq2Seq(new Rng(seed), {
    feedContext,
    srcVocab: 6,
    tgtVocab: 5,
    embedSize: 3,
    hiddenSize: 3,
    cell,
    attention,
    attentionSize: 2,
  });
}

describe('seq2seq', () => {
  for (const attention of ['none', 'dot', 'additive'] as AttentionKind[]) {
    for (const cell of ['rnn', 'lstm', 'gru'] as CellKind[]) {
      it(`${cell} with attention '${attention}': teacher-forced loss gradchecks over every parameter`, () => {
        const m = model(cell, attention);
        const params = Object.values(seq2seqParams(m));
        expectGradsMatch(
          () => teacherForcing(m, [3, 4, 5, PAD], [3, 4, EOS], { bos: BOS, pad: PAD }).loss,
          params,
        );
      });
    }
  }

  for (const cell of ['rnn', 'lstm', 'gru'] as CellKind[]) {
    it(`${cell} without attention, c fed to every step (Cho et al. 2014): teacher-forced loss gradchecks over every parameter`, () => {
      const m = model(cell, 'none', 161, true);
      expectGradsMatch(
        () => teacherForcing(m, [3, 4, 5, PAD], [3, 4, EOS], { bos: BOS, pad: PAD }).loss,
        Object.values(seq2seqParams(m)),
      );
    });
  }

  it('feeding c widens the decoder input and the output layer by H, and the loss reaches the first source token through c', () => {
    const plain = model('gru', 'none');
    const fed = model('gru', 'none', 160, true);
    expect(plain.Wout.shape).toEqual([5, 3]);
    expect(fed.Wout.shape).toEqual([5, 6]);
    expect(layerParams(fed.decoder).W.shape).toEqual([9, 9]); // [3H, H + E + H]
    const tape = new Tape();
    const r = tape.run(() => teacherForcing(fed, [3, 4, 5], [4, 3, EOS], { bos: BOS }));
    expect(r.weights).toEqual([]);
    tape.backward(r.loss);
    const row3 = Array.from(fed.srcEmbed.grad ?? []).slice(9, 12);
    expect(row3.some((g) => g !== 0)).toBe(true);
  });

  it('names every parameter, including attention and the output layer', () => {
    expect(Object.keys(seq2seqParams(model('lstm', 'additive')))).toEqual([
      'srcEmbed',
      'tgtEmbed',
      'encoder.W',
      'encoder.b',
      'decoder.W',
      'decoder.b',
      'attention.Wq',
      'attention.Wk',
      'attention.v',
      'Wout',
      'bout',
    ]);
  });

  for (const attention of ['dot', 'additive'] as AttentionKind[]) {
    it(`with '${attention}' attention, padding the source changes nothing once it is masked`, () => {
      const m = model('gru', attention);
      const tape = new Tape();
      const plain = tape.run(() => teacherForcing(m, [3, 4, 5], [4, 3, EOS], { bos: BOS, pad: PAD }));
      const padded = tape.run(() =>
        teacherForcing(m, [3, 4, 5, PAD, PAD], [4, 3, EOS], { bos: BOS, pad: PAD }),
      );
      expect(padded.loss.item()).toBeCloseTo(plain.loss.item(), 14);
      expect(Array.from(padded.weights[1].data.subarray(3))).toEqual([0, 0]);
      expectArrayClose(padded.weights[1].data.subarray(0, 3), plain.weights[1].data);
      const unmasked = tape.run(() => teacherForcing(m, [3, 4, 5, PAD, PAD], [4, 3, EOS], { bos: BOS }));
      expect(unmasked.loss.item()).not.toBeCloseTo(plain.loss.item(), 6);
    });
  }

  it('the encoder starts the decoder from the state after the last real token', () => {
    const m = model('lstm', 'none');
    const enc = encode(m, [3, 4, PAD], { pad: PAD });
    expect(enc.final).toBe(enc.states[1]);
    expect(enc.keys.shape).toEqual([3, 3]);
    expect(enc.mask).toEqual([1, 1, 0]);
    expect(() => encode(m, [PAD, PAD], { pad: PAD })).toThrow('encode: every source token is padding');
  });

  it('greedy decoding stops at maxLength or eos and returns attention rows that sum to 1', () => {
    const m = model('gru', 'additive', 7);
    const r = greedyDecode(m, [3, 4, 5], { bos: BOS, eos: EOS, maxLength: 6 });
    expect(r.tokens.length).toBeGreaterThan(0);
    expect(r.tokens.length).toBeLessThanOrEqual(6);
    if (r.tokens.length < 6) expect(r.tokens.at(-1)).toBe(EOS);
    for (const w of r.weights) expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
  });

  it('greedy’s first token is the argmax of the teacher-forced first step', () => {
    const m = model('lstm', 'dot', 8);
    const tf = teacherForcing(m, [5, 3], [3, 3], { bos: BOS });
    const first = Array.from(tf.logits.data.subarray(0, 5));
    const tape = new Tape();
    const g = tape.noGrad(() => greedyDecode(m, [5, 3], { bos: BOS, eos: EOS, maxLength: 1 }));
    tape.reset();
    expect(g.tokens[0]).toBe(first.indexOf(Math.max(...first)));
  });
});
