import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { padSentence } from './markers.ts';
import { trainNgramModel } from './ngramModel.ts';
import { probability, type Smoothing } from './ngramProbability.ts';
import { samIAm } from './testing/samIAm.ts';

const mle: Smoothing = { method: 'mle' };
const kn: Smoothing = { method: 'kneserNey' };
const bigrams = trainNgramModel(samIAm, 2);

describe('probability', () => {
  it('matches the maximum-likelihood bigrams of SLP §3.1', () => {
    expect(probability(bigrams, ['<s>'], 'i', 2, mle)).toBeCloseTo(2 / 3, 12);
    expect(probability(bigrams, ['<s>'], 'sam', 2, mle)).toBeCloseTo(1 / 3, 12);
    expect(probability(bigrams, ['i'], 'am', 2, mle)).toBeCloseTo(2 / 3, 12);
    expect(probability(bigrams, ['sam'], '</s>', 2, mle)).toBeCloseTo(1 / 2, 12);
    expect(probability(bigrams, ['am'], 'sam', 2, mle)).toBeCloseTo(1 / 2, 12);
    expect(probability(bigrams, ['i'], 'do', 2, mle)).toBeCloseTo(1 / 3, 12);
  });

  it('uses only the last n − 1 words, and unigram counts over the tokens without <s>', () => {
    expect(probability(bigrams, ['green', 'eggs', 'i'], 'am', 2, mle)).toBeCloseTo(2 / 3, 12);
    expect(probability(bigrams, ['i'], 'am', 1, mle)).toBeCloseTo(2 / 17, 12);
  });

  it('gives 0, not NaN, for an unseen n-gram or an unseen context under MLE', () => {
    expect(probability(bigrams, ['sam'], 'am', 2, mle)).toBe(0);
    expect(probability(bigrams, ['zebra'], 'am', 2, mle)).toBe(0);
    expect(probability(bigrams, ['i'], 'zebra', 2, mle)).toBe(0);
  });

  it('adds k to every count: (c(h w) + k) / (c(h) + kV), V = 12 words that can follow', () => {
    // V: 10 words + </s> + <unk> (everything but <s>).
    expect(probability(bigrams, ['i'], 'am', 2, { method: 'addK', k: 1 })).toBeCloseTo(3 / 15, 12);
    expect(probability(bigrams, ['i'], 'sam', 2, { method: 'addK', k: 0.5 })).toBeCloseTo(0.5 / 9, 12);
    expect(probability(bigrams, ['zebra'], 'am', 2, { method: 'addK', k: 1 })).toBeCloseTo(1 / 12, 12);
  });

  it('matches a hand-computed interpolated Kneser–Ney bigram (Chen & Goodman 1998, eq. 26)', () => {
    // Bigram D = n1/(n1+2n2) = 13/17; unigram KN-count D = 8/(8+2·2) = 2/3; N1+(••) = 15, 11 word types follow.
    const D2 = 13 / 17;
    const D1 = 2 / 3;
    const pAm = (1 - D1) / 15 + ((D1 * 11) / 15) * (1 / 12);
    expect(bigrams.discounts.count[2]).toBeCloseTo(D2, 12);
    expect(bigrams.discounts.adjusted[1]).toBeCloseTo(D1, 12);
    expect(probability(bigrams, ['i'], 'am', 2, kn)).toBeCloseTo((2 - D2) / 3 + ((D2 * 2) / 3) * pAm, 12);
    // An unseen context falls back to the lower-order (continuation) distribution entirely.
    expect(probability(bigrams, ['zebra'], 'am', 2, kn)).toBeCloseTo(pAm, 12);
    expect(probability(bigrams, ['i'], '<unk>', 2, kn)).toBeGreaterThan(0);
  });

  it('treats an order below 1 as unigrams and one above the model as its top order', () => {
    expect(probability(bigrams, ['i'], 'am', 0, mle)).toBe(probability(bigrams, ['i'], 'am', 1, mle));
    expect(probability(bigrams, ['i'], 'am', 9, mle)).toBe(probability(bigrams, ['i'], 'am', 2, mle));
  });

  it('never predicts <s>', () => {
    for (const smoothing of [mle, kn, { method: 'addK', k: 1 } as const]) {
      expect(probability(bigrams, ['</s>'], '<s>', 2, smoothing)).toBe(0);
    }
  });
});

const vocabularySums = (
  model: ReturnType<typeof trainNgramModel>,
  history: string[],
  order: number,
  s: Smoothing,
) => model.vocabulary.words.reduce((sum, w) => sum + probability(model, history, w, order, s), 0);

describe('probabilities over the vocabulary', () => {
  it('sum to 1 for MLE (seen contexts), add-k and Kneser–Ney, at every order, on random corpora', () => {
    const sentence = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(
        fc.array(sentence, { minLength: 1, maxLength: 6 }),
        fc.array(fc.constantFrom('a', 'b', 'c', 'z', '<s>'), { maxLength: 3 }),
        (sentences, history) => {
          const model = trainNgramModel(sentences.map(padSentence), 3);
          for (let order = 1; order <= 3; order++) {
            for (const s of [kn, { method: 'addK', k: 0.3 } as const]) {
              expect(vocabularySums(model, history, order, s)).toBeCloseTo(1, 10);
            }
            const mleSum = vocabularySums(model, history, order, mle);
            // MLE is a distribution only after a seen context; otherwise every word gets 0.
            expect([0, 1].some((v) => Math.abs(mleSum - v) < 1e-10)).toBe(true);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('sum to exactly 1 for MLE after every context of the SLP corpus', () => {
    for (const h of [['<s>'], ['i'], ['am'], ['sam'], ['and']])
      expect(vocabularySums(bigrams, h, 2, mle)).toBeCloseTo(1, 12);
  });
});
