import { describe, expect, it } from 'vitest';
import { padSentence } from '../../../lib/text/markers.ts';
import { trainNgramModel } from '../../../lib/text/ngramModel.ts';
import { defaults } from '../../figure/stateSchema.ts';
import { generatorModel, glueBefore } from './model.ts';
import { generatorSchema } from './state.ts';

const sentences = [
  'the cat sat on the mat .',
  'the cat ate the fish , slowly .',
  'a dog sat on the cat .',
  'a cat sat on the mat .',
].map((s) => padSentence(s.split(' ')));
const ngram = trainNgramModel(sentences, 5);
const state = (patch: Partial<ReturnType<typeof defaults<typeof generatorSchema>>> = {}) => ({
  ...defaults(generatorSchema),
  ...patch,
});

describe('generator model', () => {
  it('gives the same text for the same seed, and other text for another seed', () => {
    const a = generatorModel(ngram, state({ seed: 7 }));
    expect(generatorModel(ngram, state({ seed: 7 }))).toEqual(a);
    const others = [8, 9, 10, 11].map((seed) =>
      JSON.stringify(generatorModel(ngram, state({ seed })).sentences),
    );
    expect(others.some((o) => o !== JSON.stringify(a.sentences))).toBe(true);
  });

  it('marks every word with the order that produced it, never above the order asked for', () => {
    for (const order of [1, 2, 3, 5]) {
      const m = generatorModel(ngram, state({ order }));
      const orders = m.sentences.flat().map((w) => w.order);
      expect(Math.max(...orders)).toBeLessThanOrEqual(order);
      expect(m.shares.reduce((s, x) => s + x.count, 0)).toBe(m.words);
    }
    expect(generatorModel(ngram, state({ order: 1 })).shares.map((s) => s.order)).toEqual([1]);
  });

  it('says on hover which context each word was drawn after', () => {
    const first = generatorModel(ngram, state({ order: 2 })).sentences[0][0];
    expect(first.order).toBe(2);
    expect(first.title).toBe('bigram: drawn after "(start of sentence)"');
  });

  it('at temperature 0 always takes the most frequent continuation, whatever the seed', () => {
    const a = generatorModel(ngram, state({ temperature: 0, seed: 1 }));
    const b = generatorModel(ngram, state({ temperature: 0, seed: 99 }));
    expect(a).toEqual(b);
  });

  it('splits sentences at their end marker and never shows the marker itself', () => {
    const m = generatorModel(ngram, state({ order: 3, seed: 3 }));
    expect(m.sentences.length).toBeGreaterThan(1);
    expect(m.sentences.flat().some((w) => w.text.includes('end of sentence'))).toBe(false);
    expect(JSON.stringify(m)).not.toMatch(/NaN|Infinity|null|undefined/);
  });

  it('attaches punctuation to the word before it', () => {
    expect(glueBefore(['the', 'cat', ',', '"', 'hi', '"', '.', '(', 'a', ')'])).toEqual([
      true,
      false,
      true,
      false,
      true,
      true,
      true,
      false,
      true,
      true,
    ]);
  });
});
