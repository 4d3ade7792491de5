import { describe, expect, it } from 'vitest';
import { padSentence } from './markers.ts';
import { trainNgramModel } from './ngramModel.ts';
import { perplexities, perplexity } from './perplexity.ts';
import { samIAm } from './testing/samIAm.ts';
import { encodeSentences } from './vocabulary.ts';

const model = trainNgramModel(samIAm, 3);
const iAmSam = [padSentence(['i', 'am', 'sam'])];

describe('perplexity', () => {
  it('is (∏ 1/P)^(1/N) over words and </s>: √3 for bigram MLE on "I am Sam"', () => {
    // P(i|<s>) P(am|i) P(sam|am) P(</s>|sam) = 2/3 · 2/3 · 1/2 · 1/2 = 1/9 over N = 4 tokens.
    const result = perplexity(model, iAmSam, 2, { method: 'mle' });
    expect(result.perplexity).toBeCloseTo(Math.sqrt(3), 12);
    expect(result).toMatchObject({ infinite: false, tokens: 4, zeroProbability: 0, unknownTokens: 0 });
    expect(result.log2Probability).toBeCloseTo(Math.log2(1 / 9), 12);
  });

  it('is 17 / √6 for unigram MLE on "I am Sam"', () => {
    // c(i) = 3, c(am) = 2, c(sam) = 2, c(</s>) = 3 out of 17 tokens.
    expect(perplexity(model, iAmSam, 1, { method: 'mle' }).perplexity).toBeCloseTo(17 / Math.sqrt(6), 12);
  });

  it('is infinite under MLE when a test bigram was never seen, and counts the zeros', () => {
    const result = perplexity(model, [padSentence(['sam', 'am'])], 2, { method: 'mle' });
    expect(result).toMatchObject({ perplexity: Infinity, infinite: true, zeroProbability: 1, tokens: 3 });
  });

  it('is infinite under MLE for a word outside the vocabulary, but finite once smoothed', () => {
    const test = [padSentence(['i', 'am', 'zebra'])];
    expect(perplexity(model, test, 1, { method: 'mle' })).toMatchObject({ infinite: true, unknownTokens: 1 });
    for (const smoothing of [{ method: 'addK', k: 0.1 } as const, { method: 'kneserNey' } as const]) {
      const result = perplexity(model, test, 3, smoothing);
      expect(result.infinite).toBe(false);
      expect(Number.isFinite(result.perplexity)).toBe(true);
    }
  });

  it('is 1 for an empty test set rather than NaN', () => {
    expect(perplexity(model, [], 2, { method: 'kneserNey' })).toMatchObject({ perplexity: 1, tokens: 0 });
  });

  it('answers many queries at once exactly as one at a time', () => {
    const sentences = [...samIAm, padSentence(['green', 'i', 'am', 'zebra'])];
    const queries = [1, 2, 3].flatMap((order) => [
      { order, smoothing: { method: 'mle' } as const },
      { order, smoothing: { method: 'addK', k: 0.01 } as const },
      { order, smoothing: { method: 'kneserNey' } as const },
    ]);
    const together = perplexities(model, encodeSentences(model.vocabulary, sentences), queries);
    queries.forEach((q, i) => {
      expect(together[i]).toEqual(perplexity(model, sentences, q.order, q.smoothing));
    });
  });
});
