// Chapter 1's computed answers: every number an exercise expects, from the same code the bag-of-words
// figures run in the page, on the sentences the exercises name.
import { compareTexts } from '../../bagOfWords/compare.ts';
import { bowBigramsModel } from '../../widgets/bow-bigrams/model.ts';
import type { AnswerProvider } from './provider.ts';

/** Exercises 1 and 2's pair, counted as both figures count by default (lowercased, punctuation dropped). */
export const CAT = 'The cat sat on the mat';
export const DOG = 'The dog sat on the log';

/** Exercise 6's sizes, as its question states them. */
export const SPARSE_VOCABULARY = 50_000;
export const SPARSE_CORPUS_WORDS = 1_000_000;

function cosine(value: number | null, what: string): number {
  if (value === null) throw new Error(`${what} has no cosine: a sentence has no words`);
  return value;
}

export const bagOfWordsAnswers = {
  /** Cosine of the cat and dog sentences' word counts, as Figure 1 shows it. */
  'bag-of-words.cos-cat-dog': () =>
    cosine(
      compareTexts(CAT, DOG, { lowercase: true, punctuation: 'drop', bigrams: false, seed: 0 }).cosine.value,
      'cat/dog',
    ),
  /** The same pair's cosine once bigrams are counted too: the "Words + bigrams" row of Figure 2. */
  'bag-of-words.cos-cat-dog-bigrams': () =>
    cosine(
      bowBigramsModel({ a: CAT, b: DOG, bigrams: true, shuffle: 0 }).withBigrams.cosine.value,
      'cat/dog with bigrams',
    ),
  /**
   * The largest share of the |V|² possible bigrams a corpus of N words can show: it has N − 1 adjacent
   * pairs, so at most N − 1 distinct ones.
   */
  'bag-of-words.bigram-share': () => (SPARSE_CORPUS_WORDS - 1) / SPARSE_VOCABULARY ** 2,
} satisfies Record<string, AnswerProvider>;
