// The bag-of-words figure's model, checked against vectors and cosines worked out by hand.
import { describe, expect, it } from 'vitest';
import { cosineSimilarity } from '../../../lib/text/cosineSimilarity.ts';
import { applyPatch, defaults } from '../../figure/stateSchema.ts';
import { MAX_ROWS, MAX_TEXT_SHOWN, MAX_TOKENS_SHOWN } from '../../bagOfWords/compare.ts';
import { approx, cosineWorking } from '../../bagOfWords/format.ts';
import { bagOfWordsModel } from './model.ts';
import { bagOfWordsSchema } from './state.ts';

const model = (patch: Parameters<typeof applyPatch<typeof bagOfWordsSchema>>[2]) =>
  bagOfWordsModel(applyPatch(bagOfWordsSchema, defaults(bagOfWordsSchema), patch));

/** Every number anywhere in the model, so a test can insist that none is NaN or infinite. */
function numbersIn(value: unknown, out: number[] = []): number[] {
  if (typeof value === 'number') out.push(value);
  else if (Array.isArray(value)) for (const v of value) numbersIn(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) numbersIn(v, out);
  return out;
}

describe('bag-of-words figure model', () => {
  it('gives "Dog bites man" and "Man bites dog" the same vector (1, 1, 1) and cosine exactly 1', () => {
    const { comparison: c } = model({});
    expect(c.vocabulary).toEqual(['dog', 'bites', 'man']);
    expect(c.vectors).toEqual([
      [1, 1, 1],
      [1, 1, 1],
    ]);
    expect(c.cosine).toEqual({ value: 1, dot: 3, squaredNormA: 3, squaredNormB: 3 });
    expect(cosineWorking(c.cosine as never)).toBe(
      'a·b = 3, ‖a‖ = √3, ‖b‖ = √3, so cos(a, b) = 3 / (√3 × √3) = 1',
    );
  });

  it('shows each tokenisation step: normalise, lowercase, split, drop punctuation', () => {
    const [a] = model({ a: 'Dog bites man!' }).comparison.sentences;
    expect(a.steps.map((s) => s.label)).toEqual([
      'Normalise Unicode, quotes and dashes',
      'Lowercase',
      'Split into words and punctuation',
      'Drop punctuation',
    ]);
    expect(a.steps[0].note).toBe('no change');
    expect(a.steps[1]).toMatchObject({ text: 'dog bites man!', note: 'changed' });
    expect(a.steps[2].tokens).toEqual(['dog', 'bites', 'man', '!']);
    expect(a.steps[3]).toMatchObject({
      tokens: ['dog', 'bites', 'man'],
      note: 'dropped 1 punctuation token: !',
    });
  });

  it('without lowercasing, "Dog" and "dog" are different words and the cosine falls to 1/3', () => {
    const { comparison: c } = model({ lowercase: false });
    expect(c.vocabulary).toEqual(['Dog', 'bites', 'man', 'Man', 'dog']);
    expect(c.vectors).toEqual([
      [1, 1, 1, 0, 0],
      [0, 1, 0, 1, 1],
    ]);
    expect(c.cosine.value).toBeCloseTo(1 / 3, 12);
    expect(approx(c.cosine.value!)).toBe('≈ 0.333');
    expect(c.sentences[0].steps.map((s) => s.label)).not.toContain('Lowercase');
  });

  it('keeping punctuation makes "." a word: (1, 1, 1, 1) against (1, 1, 1, 0), cosine √3/2', () => {
    const { comparison: c } = model({ a: 'Dog bites man.', punctuation: 'split' });
    expect(c.vocabulary).toEqual(['dog', 'bites', 'man', '.']);
    expect(c.vectors).toEqual([
      [1, 1, 1, 1],
      [1, 1, 1, 0],
    ]);
    expect(c.cosine.value).toBeCloseTo(Math.sqrt(3) / 2, 12);
  });

  it('counts repeated words: "the cat sat on the mat" against "the dog sat" is 3/√24', () => {
    const { comparison: c } = model({ a: 'the cat sat on the mat', b: 'the dog sat' });
    expect(c.vocabulary).toEqual(['the', 'cat', 'sat', 'on', 'mat', 'dog']);
    expect(c.vectors).toEqual([
      [2, 1, 1, 1, 1, 0],
      [1, 0, 1, 0, 0, 1],
    ]);
    expect(c.cosine).toMatchObject({ dot: 3, squaredNormA: 8, squaredNormB: 3 });
    expect(c.cosine.value).toBeCloseTo(3 / Math.sqrt(24), 12);
    expect(c.cosine.value).toBeCloseTo(cosineSimilarity(c.vectors[0], c.vectors[1])!, 12);
    expect(c.groups[0].rows[0]).toEqual({ feature: 'the', a: 2, b: 1 });
    expect(c.maxCount).toBe(2);
  });

  it('cannot tell "not good, it was bad" from "not bad, it was good"', () => {
    const { comparison: c } = model({
      a: 'This film was not good, it was bad.',
      b: 'This film was not bad, it was good.',
    });
    expect(c.cosine.value).toBe(1);
  });

  it('scores two different topics low: one shared word of six gives 1/6', () => {
    const { comparison: c } = model({
      a: 'The striker scored a late goal',
      b: 'The central bank raised interest rates',
    });
    expect(c.cosine.value).toBeCloseTo(1 / 6, 12);
  });

  it('shuffling reorders the tokens but changes no count and no cosine', () => {
    const a = 'the cat sat on the mat and the dog sat too';
    const typed = model({ a, b: 'a dog sat on a cat' });
    const mixed = model({ a, b: 'a dog sat on a cat', shuffle: 7 });
    expect(mixed.shuffle).toEqual({ seed: 7, countsChanged: 0 });
    expect(mixed.comparison.sentences[0].tokens).not.toEqual(typed.comparison.sentences[0].tokens);
    expect(mixed.comparison.sentences[0].steps.at(-1)?.label).toBe('Shuffle the words (seed 7)');
    expect(mixed.comparison.cosine.value).toBe(typed.comparison.cosine.value);
    expect(mixed.comparison.groups[0].rows).toEqual(typed.comparison.groups[0].rows);
    expect(model({ shuffle: 7 })).toEqual(model({ shuffle: 7 }));
    expect(typed.shuffle).toBeNull();
  });

  it('says plainly when a sentence has no words, and never returns NaN', () => {
    const one = model({ a: '' }).comparison;
    expect(one.cosine).toEqual({
      value: null,
      reason:
        'Sentence A has no words to count, so there is no cosine similarity: it needs at least one word on each side.',
    });
    const none = model({ a: '  ', b: '?!…', punctuation: 'drop' }).comparison;
    expect(none.cosine.value).toBeNull();
    expect((none.cosine as { reason: string }).reason).toMatch(/^Neither sentence has any words to count/);
    expect(none.groups[0]).toEqual({ kind: 'word', total: 0, rows: [] });
    expect(numbersIn(none).every(Number.isFinite)).toBe(true);
  });

  it('counts emoji, Greek and Japanese as words', () => {
    const emoji = model({ a: '😀 😀 🙈', b: '🙈' }).comparison;
    expect(emoji.groups[0].rows).toEqual([
      { feature: '😀', a: 2, b: 0 },
      { feature: '🙈', a: 1, b: 1 },
    ]);
    expect(emoji.cosine.value).toBeCloseTo(1 / Math.sqrt(5), 12);
    const greek = model({ a: 'Ελληνικά λέξεις', b: 'ελληνικά' }).comparison;
    expect(greek.vocabulary).toEqual(['ελληνικά', 'λέξεις']);
    const japanese = model({ a: '日本語のテキスト', b: '日本語' }).comparison;
    expect(japanese.sentences[0].tokens.length).toBeGreaterThan(1);
    expect(japanese.cosine.value).toBeGreaterThan(0);
  });

  it('caps what it lists for 100 KB of text but counts all of it', () => {
    const words = Array.from({ length: 15000 }, (_, i) => `word${i % 5000}`).join(' ');
    expect(words.length).toBeGreaterThan(100_000);
    const start = performance.now();
    const { comparison: c } = bagOfWordsModel({ ...defaults(bagOfWordsSchema), a: words, b: 'word1 word2' });
    console.log(
      `bag-of-words: 100 KB of text counted in ${(performance.now() - start).toFixed(0)} ms (printed, not asserted)`,
    );
    expect(c.groups[0].total).toBe(5000);
    expect(c.groups[0].rows).toHaveLength(MAX_ROWS);
    expect(c.groups[0].rows[0]).toEqual({ feature: 'word0', a: 3, b: 0 });
    expect(c.groups[0].rows).toContainEqual({ feature: 'word1', a: 3, b: 1 });
    expect(c.groups[0].rows.at(-1)?.feature).toBe('word19');
    const split = c.sentences[0].steps[2];
    expect(split.tokens).toHaveLength(MAX_TOKENS_SHOWN);
    expect(split.hidden).toBe(15000 - MAX_TOKENS_SHOWN);
    expect([...(c.sentences[0].steps[0].text ?? '')]).toHaveLength(MAX_TEXT_SHOWN);
    expect(numbersIn(c).every(Number.isFinite)).toBe(true);
  });

  it('the state keeps at most 2,000 characters of a pasted sentence', () => {
    const state = applyPatch(bagOfWordsSchema, defaults(bagOfWordsSchema), { a: 'x'.repeat(100_000) });
    expect(state.a).toHaveLength(2000);
  });
});
