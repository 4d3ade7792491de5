import { describe, expect, it } from 'vitest';
import { trainNgramModel } from './ngramModel.ts';
import { findNgram } from './ngramTrie.ts';
import { sampleText } from './sampleText.ts';
import { samIAm } from './testing/samIAm.ts';
import { wordId } from './vocabulary.ts';

const model = trainNgramModel(samIAm, 3);

describe('sampleText', () => {
  it('produces the same text for the same seed', () => {
    const a = sampleText(model, { order: 3, seed: 12, maxTokens: 40 });
    expect(sampleText(model, { order: 3, seed: 12, maxTokens: 40 })).toEqual(a);
    expect(a).toHaveLength(40);
    const others = [1, 2, 3, 4].map((seed) => sampleText(model, { order: 1, seed, maxTokens: 40 }));
    expect(new Set(others.map((o) => JSON.stringify(o))).size).toBeGreaterThan(1);
  });

  it('marks every word with an n-gram the training text contains', () => {
    for (const token of sampleText(model, { order: 3, seed: 5, maxTokens: 60 })) {
      const ids = [...token.context, token.word].map((w) => wordId(model.vocabulary, w));
      expect(token.order).toBe(token.context.length + 1);
      expect(token.order).toBeLessThanOrEqual(3);
      expect(findNgram(model.trie, ids, 0, ids.length)).toBeGreaterThanOrEqual(0);
    }
  });

  it('starts each sentence after <s> and never emits <s>', () => {
    const tokens = sampleText(model, { order: 2, seed: 9, maxTokens: 50 });
    expect(tokens[0].context).toEqual(['<s>']);
    tokens.forEach((t, i) => {
      expect(t.word).not.toBe('<s>');
      if (i > 0 && tokens[i - 1].word === '</s>') expect(t.context).toEqual(['<s>']);
    });
  });

  it('always takes the most frequent continuation at temperature 0, the lowest id on ties', () => {
    // After "am", "sam" and "</s>" tie at one each; "</s>" has the lower id.
    const tokens = sampleText(model, { order: 2, seed: 1, temperature: 0, maxTokens: 4 });
    expect(tokens.map((t) => t.word)).toEqual(['i', 'am', '</s>', 'i']);
  });

  it('backs off to a shorter context when the prompt ends in an unseen one, and says so', () => {
    const [first] = sampleText(model, { order: 3, seed: 3, maxTokens: 1, prompt: ['zebra', 'green'] });
    expect(first).toMatchObject({ word: 'eggs', order: 2, context: ['green'] });
  });

  it('uses only unigrams at order 1, whatever the temperature', () => {
    for (const temperature of [0.01, 1, 100]) {
      const tokens = sampleText(model, { order: 1, seed: 8, temperature, maxTokens: 20 });
      expect(tokens.every((t) => t.order === 1 && t.context.length === 0)).toBe(true);
    }
  });
});
