// Chapter 1's computed answers, and the numbers its exercise feedback and reveals state in words, agree
// with what the bag-of-words figures draw.
import { expect, test } from 'vitest';
import { compareTexts } from '../../bagOfWords/compare.ts';
import { MAX_SEED } from '../../bagOfWords/limits.ts';
import { bowBigramsModel } from '../../widgets/bow-bigrams/model.ts';
import { CAT, DOG } from './bagOfWords.ts';
import { resolveAnswer } from './index.ts';

test('exercise 1: the cat and dog sentences have cosine 6 / (√8 √8) = 0.75', async () => {
  expect(await resolveAnswer('bag-of-words.cos-cat-dog', 'test')).toBe(0.75);
  const c = compareTexts(CAT, DOG, { lowercase: true, punctuation: 'drop', bigrams: false, seed: 0 });
  expect(c.vocabulary).toEqual(['the', 'cat', 'sat', 'on', 'mat', 'dog', 'log']);
  expect(c.cosine).toMatchObject({ dot: 6, squaredNormA: 8, squaredNormB: 8 });
});

test('exercise 2: with bigrams, 7 words + 8 bigrams, a·b = 8, lengths √13, cosine 8/13', async () => {
  expect(await resolveAnswer('bag-of-words.cos-cat-dog-bigrams', 'test')).toBeCloseTo(8 / 13, 12);
  const m = bowBigramsModel({ a: CAT, b: DOG, bigrams: true, shuffle: 0 });
  expect(m.withBigrams.groups.map((g) => g.total)).toEqual([7, 8]);
  expect(m.withBigrams.cosine).toMatchObject({ dot: 8, squaredNormA: 13, squaredNormB: 13 });
});

test('exercise 3: a document against itself pasted twice has cosine exactly 1', () => {
  const c = compareTexts('dog bites man', 'dog bites man dog bites man', {
    lowercase: true,
    punctuation: 'drop',
    bigrams: false,
    seed: 0,
  });
  // The worked solution quotes the figure's working: a·b = 6, ‖a‖ = √3, ‖b‖ = √12.
  expect(c.vectors).toEqual([
    [1, 1, 1],
    [2, 2, 2],
  ]);
  expect(c.cosine).toMatchObject({ value: 1, dot: 6, squaredNormA: 3, squaredNormB: 12 });
});

test('exercise 5: a shuffle keeps the word cosine at 1 and moves the bigram one, at every seed', () => {
  const fox = 'the quick brown fox jumps over the lazy dog';
  for (let seed = 1; seed <= MAX_SEED; seed++) {
    const m = bowBigramsModel({ a: fox, b: fox, bigrams: true, shuffle: seed });
    expect(m.words.cosine.value).toBe(1);
    // The reveal says none of the figure's seeds brings the bigram cosine back to exactly 1.
    expect(m.withBigrams.cosine.value).toBeLessThan(1);
  }
});

test('exercise 6: a million words show at most 999,999 of 2.5 billion possible bigrams', async () => {
  expect(await resolveAnswer('bag-of-words.bigram-share', 'test')).toBeCloseTo(999_999 / 2.5e9, 15);
});
