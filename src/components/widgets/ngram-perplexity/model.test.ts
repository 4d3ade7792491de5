import { describe, expect, it } from 'vitest';
import type { CorpusEvaluation } from '../../../lib/text/corpusMeta.ts';
import { padSentence } from '../../../lib/text/markers.ts';
import { trainNgramModel } from '../../../lib/text/ngramModel.ts';
import { perplexities } from '../../../lib/text/perplexity.ts';
import { encodeSentences } from '../../../lib/text/vocabulary.ts';
import { defaults } from '../../figure/stateSchema.ts';
import { FINITE, perplexityModel } from './model.ts';
import { perplexitySchema } from './state.ts';

const train = ['the cat sat on the mat', 'the cat ate the fish', 'a dog sat on the cat'].map((s) =>
  padSentence(s.split(' ')),
);
const test = ['the dog sat on the mat', 'a zebra ate'].map((s) => padSentence(s.split(' ')));
const ngram = trainNgramModel(train, 3);
const ks = [1, 0.1];
const ids = encodeSentences(ngram.vocabulary, test);

// The same shape the corpus build writes, computed here on a toy corpus.
const figure = (r: ReturnType<typeof perplexities>[number]) => ({
  perplexity: r.infinite ? null : r.perplexity,
  infinite: r.infinite,
  zeroProbability: r.zeroProbability,
  zeroShare: r.zeroProbability / r.tokens,
});
const evaluation: CorpusEvaluation = {
  heldOutTokens: 0,
  unknownTokens: 0,
  sparsity: [],
  perplexity: [1, 2, 3].map((n) => {
    const [mle, kn, ...addK] = perplexities(ngram, ids, [
      { order: n, smoothing: { method: 'mle' } },
      { order: n, smoothing: { method: 'kneserNey' } },
      ...ks.map((k) => ({ order: n, smoothing: { method: 'addK' as const, k } })),
    ]);
    const add = addK.map((r, i) => ({ ...figure(r), k: ks[i] }));
    const best = add.reduce((a, b) => ((b.perplexity ?? 1e300) < (a.perplexity ?? 1e300) ? b : a));
    return { n, mle: figure(mle), kneserNey: figure(kn), addK: add, bestK: best.k };
  }),
};
const state = (k: (typeof perplexitySchema.k.options)[number]) => ({ ...defaults(perplexitySchema), k });

describe('perplexity model', () => {
  it('shows maximum likelihood as infinite, with the share of test tokens it gives probability zero', () => {
    const m = perplexityModel(evaluation, state('1'));
    const mle = m.groups[1].bars[0];
    expect(mle).toMatchObject({ method: 'mle', infinite: true, value: null, length: 1 });
    expect(mle.label).toBe('∞');
    expect(mle.note).toMatch(/^a test n-gram was never seen: \d+\.\d% of test tokens get probability 0$/);
    expect(m.groups[0].bars[0].note).toContain('a test word was never seen');
  });

  it('shows add-k and Kneser–Ney as finite numbers on one log axis', () => {
    const m = perplexityModel(evaluation, state('1'));
    for (const g of m.groups) {
      for (const b of g.bars.slice(1)) {
        expect(b.infinite).toBe(false);
        expect(b.label).toMatch(/^[\d,]+$/);
        expect(b.note).toBeUndefined();
        expect(b.length).toBeGreaterThan(0);
        expect(b.length).toBeLessThanOrEqual(1);
      }
    }
    expect(m.ticks[0].at).toBe(0);
    expect(m.ticks[m.ticks.length - 1]).toMatchObject({ at: 1, label: '∞' });
    // Finite bars stop short of the stretch of axis that stands for ∞.
    for (const g of m.groups) for (const b of g.bars.slice(1)) expect(b.length).toBeLessThanOrEqual(FINITE);
  });

  it('shows the chosen k, or the best k for each n', () => {
    expect(perplexityModel(evaluation, state('0.1')).groups[2].bars[1].name).toBe('add-k, k = 0.1');
    const best = perplexityModel(evaluation, state('best'));
    best.groups.forEach((g, i) => {
      expect(g.bars[1].name).toBe(`add-k, k = ${evaluation.perplexity[i].bestK}`);
    });
    expect(best.addKName).toBe('add-k with the best k for each n');
  });

  it('leaves out an add-k the grid does not have rather than inventing a number', () => {
    const m = perplexityModel(evaluation, state('0.5'));
    expect(m.groups.every((g) => g.bars.map((b) => b.method).join() === 'mle,kneserNey')).toBe(true);
    expect(JSON.stringify(m)).not.toMatch(/NaN|Infinity|undefined/);
  });
});
