// The bigram figure's model: hand-counted pairs, the grown vocabulary, and what a shuffle now changes.
import { describe, expect, it } from 'vitest';
import { applyPatch, defaults } from '../../figure/stateSchema.ts';
import { MAX_ROWS } from '../../bagOfWords/compare.ts';
import { approx } from '../../bagOfWords/format.ts';
import { bowBigramsModel } from './model.ts';
import { bowBigramsSchema } from './state.ts';

const model = (patch: Parameters<typeof applyPatch<typeof bowBigramsSchema>>[2]) =>
  bowBigramsModel(applyPatch(bowBigramsSchema, defaults(bowBigramsSchema), patch));

describe('bigram figure model', () => {
  it('tells "Dog bites man" from "Man bites dog": 3 words + 4 bigrams, cosine 3/5', () => {
    const m = model({});
    expect(m.words.vocabulary).toHaveLength(3);
    expect(m.words.cosine.value).toBe(1);
    const c = m.withBigrams;
    expect(c.vocabulary).toEqual(['dog', 'bites', 'man', 'dog bites', 'bites man', 'man bites', 'bites dog']);
    expect(c.vectors).toEqual([
      [1, 1, 1, 1, 1, 0, 0],
      [1, 1, 1, 0, 0, 1, 1],
    ]);
    expect(c.cosine).toEqual({ value: 3 / 5, dot: 3, squaredNormA: 5, squaredNormB: 5 });
    expect(approx(c.cosine.value!)).toBe('= 0.6');
    expect(c.groups.map((g) => [g.kind, g.total])).toEqual([
      ['word', 3],
      ['bigram', 4],
    ]);
    expect(c.sentences[0].bigrams).toEqual(['dog bites', 'bites man']);
    expect(m.shown).toBe(c);
  });

  it('the toggle only chooses what the table shows', () => {
    const m = model({ bigrams: false });
    expect(m.shown).toBe(m.words);
    expect(m.shown.groups).toHaveLength(1);
    expect(m.withBigrams.cosine.value).toBe(3 / 5);
  });

  it('counts a repeated pair: "the cat and the cat" has "the cat" twice', () => {
    const c = model({ a: 'the cat and the cat', b: 'the cat' }).withBigrams;
    expect(c.groups[1].rows[0]).toEqual({ feature: 'the cat', a: 2, b: 1 });
    // a = (2, 2, 1 | 2, 1, 1), b = (1, 1, 0 | 1, 0, 0): a·b = 6, ‖a‖² = 15, ‖b‖² = 3
    expect(c.cosine).toMatchObject({ dot: 6, squaredNormA: 15, squaredNormB: 3 });
  });

  it('a shuffle leaves the word counts alone but moves the bigram counts', () => {
    const text = 'the quick brown fox jumps over the lazy dog';
    const m = model({ a: text, b: text, shuffle: 5 });
    expect(m.words.cosine.value).toBe(1);
    expect(m.shuffle?.wordCounts).toBe(0);
    expect(m.shuffle?.bigramCounts).toBeGreaterThan(0);
    expect(m.withBigrams.cosine.value).toBeLessThan(1);
  });

  it('one-word sentences have no bigrams, and empty ones no cosine', () => {
    const one = model({ a: 'dog', b: 'dog' }).withBigrams;
    expect(one.groups[1].total).toBe(0);
    expect(one.cosine.value).toBe(1);
    const empty = model({ a: '', b: '😀' }).withBigrams;
    expect(empty.cosine.value).toBeNull();
    expect(empty.groups[1].total).toBe(0);
  });

  it('caps the bigram rows for long text', () => {
    const long = Array.from({ length: 3000 }, (_, i) => `w${i}`).join(' ');
    const c = model({ a: long }).withBigrams;
    expect(c.groups[1].rows).toHaveLength(MAX_ROWS);
    expect(c.groups[1].total).toBeGreaterThan(MAX_ROWS);
    expect(Number.isFinite(c.cosine.value)).toBe(true);
  });
});
