import { describe, expect, it } from 'vitest';
import { bagFeatures, bagOfWords } from './bagOfWords.ts';
import { cosineSimilarity } from './cosineSimilarity.ts';
import { shuffled } from './shuffled.ts';
import { tokenWords } from './tokenize.ts';

const dogBitesMan = tokenWords('Dog bites man');
const manBitesDog = tokenWords('Man bites dog');

describe('bagOfWords', () => {
  it('gives "Dog bites man" and "Man bites dog" identical unigram vectors with cosine 1', () => {
    const { vocabulary, vectors } = bagOfWords([dogBitesMan, manBitesDog]);
    expect(vocabulary).toEqual(['dog', 'bites', 'man']);
    expect(vectors[0]).toEqual(vectors[1]);
    expect(cosineSimilarity(vectors[0], vectors[1])).toBe(1);
  });

  it('tells them apart once bigram features are added, and the vocabulary grows', () => {
    const { vocabulary, vectors } = bagOfWords([dogBitesMan, manBitesDog], { bigrams: true });
    expect(vocabulary).toEqual(['dog', 'bites', 'man', 'dog bites', 'bites man', 'man bites', 'bites dog']);
    expect(vectors).toEqual([
      [1, 1, 1, 1, 1, 0, 0],
      [1, 1, 1, 0, 0, 1, 1],
    ]);
    expect(cosineSimilarity(vectors[0], vectors[1])).toBeCloseTo(3 / 5, 12);
  });

  it('does not move when the words are shuffled', () => {
    const tokens = tokenWords('the cat sat on the mat and the dog sat too');
    const { vectors } = bagOfWords([tokens, shuffled(tokens, 42)]);
    expect(vectors[0]).toEqual(vectors[1]);
  });

  it('counts repeated words', () => {
    expect(bagOfWords([['a', 'b', 'a']]).vectors).toEqual([[2, 1]]);
    expect(bagFeatures(['a', 'b', 'a'], { bigrams: true })).toEqual(['a', 'b', 'a', 'a b', 'b a']);
  });

  it('gives an empty document an all-zero vector', () => {
    expect(bagOfWords([[], ['x']]).vectors).toEqual([[0], [1]]);
  });
});

describe('cosineSimilarity', () => {
  it('is null, not NaN, when a vector is all zeros or the lengths differ', () => {
    expect(cosineSimilarity([0, 0], [1, 2])).toBeNull();
    expect(cosineSimilarity([], [])).toBeNull();
    expect(cosineSimilarity([1], [1, 2])).toBeNull();
  });

  it('is 0 for vectors with no word in common and stays within [−1, 1]', () => {
    expect(cosineSimilarity([1, 0], [0, 3])).toBe(0);
    expect(cosineSimilarity([1e-200, 1e-200], [1e-200, 1e-200])).toBeCloseTo(1, 12);
    expect(cosineSimilarity([1e200, 1e200], [1e200, 0])).toBeCloseTo(Math.SQRT1_2, 12);
    expect(cosineSimilarity([0.1, 0.2, 0.3], [0.1, 0.2, 0.3])).toBeLessThanOrEqual(1);
  });
});

describe('shuffled', () => {
  it('is the same for the same seed and keeps every item', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    expect(shuffled(items, 3)).toEqual(shuffled(items, 3));
    expect(shuffled(items, 3)).not.toEqual(items);
    expect([...shuffled(items, 3)].sort((a, b) => a - b)).toEqual(items);
  });
});
