import { describe, expect, it } from 'vitest';
import { padSentence } from '../../../lib/text/markers.ts';
import { trainNgramModel } from '../../../lib/text/ngramModel.ts';
import { ngramSparsity } from '../../../lib/text/ngramSparsity.ts';
import { defaults } from '../../figure/stateSchema.ts';
import { sparsityModel } from './model.ts';
import { fromLog10, powerOfTen } from '../../ui/scientific.ts';
import { sparsitySchema } from './state.ts';

const train = ['the cat sat on the mat', 'the cat ate the fish', 'a dog sat on the cat'].map((s) =>
  padSentence(s.split(' ')),
);
const heldOut = [
  ['the', 'cat', 'sat', 'on', 'a', 'mat'],
  ['a', 'zebra', 'sat'],
].map((s) => padSentence(s));
const ngram = trainNgramModel(train, 5);
const evaluation = {
  heldOutTokens: 0,
  unknownTokens: 0,
  perplexity: [],
  sparsity: ngramSparsity(ngram, heldOut, 5),
};
const state = (count: 'windows' | 'distinct') => ({ ...defaults(sparsitySchema), count });

describe('sparsity model', () => {
  it('shows the share of held-out n-grams never seen in training, growing with n', () => {
    const m = sparsityModel(evaluation, state('windows'));
    expect(m.unseen.map((b) => b.n)).toEqual([1, 2, 3, 4, 5]);
    // 9 held-out words, one of them (zebra) unknown.
    expect(m.unseen[0].share).toBeCloseTo(1 / 9, 12);
    expect(m.unseen[0].label).toBe('11.1% of 9');
    const shares = m.unseen.map((b) => b.share);
    for (let i = 1; i < shares.length; i++) expect(shares[i]).toBeGreaterThanOrEqual(shares[i - 1]);
  });

  it('can count distinct n-grams instead of running windows', () => {
    const m = sparsityModel(evaluation, state('distinct'));
    const row = evaluation.sparsity[1];
    expect(m.unseen[1].share).toBeCloseTo(row.heldOutDistinctUnseen / row.heldOutDistinct, 12);
  });

  it('puts V^n and the n-grams seen on one log axis with round ticks', () => {
    const m = sparsityModel(evaluation, state('windows'));
    const V = ngram.vocabulary.words.length - 3;
    expect(m.groups[1].bars[0].length).toBeCloseTo((2 * Math.log10(V)) / 6, 12);
    expect(m.groups[1].bars[0].label).toBe(`possible: V² = ${V * V}`);
    expect(m.ticks.map((t) => t.label)).toEqual(['10⁰', '10⁶']);
    for (const g of m.groups) expect(g.bars[1].length).toBeLessThanOrEqual(g.bars[0].length);
  });

  it('writes huge numbers as m × 10^e and keeps small ones as digits', () => {
    expect(fromLog10(Math.log10(46530))).toBe('46,530');
    expect(fromLog10(18.67093221013307)).toBe('4.7 × 10¹⁸');
    expect(fromLog10(Math.log10(9.99e9))).toBe('1.0 × 10¹⁰');
    expect(powerOfTen(-3)).toBe('10⁻³');
  });

  it('never shows NaN or an infinite number, even for an empty held-out set', () => {
    const empty = { ...evaluation, sparsity: ngramSparsity(ngram, [], 5) };
    const m = sparsityModel(empty, state('windows'));
    expect(JSON.stringify(m)).not.toMatch(/NaN|Infinity|null|undefined/);
  });
});
