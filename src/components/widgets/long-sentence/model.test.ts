// The long-sentence model against Chapter 4's claims about it.
import { describe, expect, it } from 'vitest';
import { defaults } from '../../figure/stateSchema.ts';
import { longSentenceModel } from './model.ts';
import { longSentenceSchema } from './state.ts';

describe('long-sentence model', () => {
  it("measures the share of the last word's gradient that reaches each word, 1 at the last word", () => {
    const m = longSentenceModel(defaults(longSentenceSchema));
    expect(m.words).toHaveLength(22);
    expect(m.words[21].share).toBeCloseTo(1, 12);
    expect(m.distance).toBe(20);
  });

  it('at the default radius 1, only a small share reaches "student" twenty steps back', () => {
    const m = longSentenceModel(defaults(longSentenceSchema));
    expect(m.student).toBeLessThan(0.05);
    expect(m.student).toBeGreaterThan(0);
  });

  it('a smaller radius lets less through, a larger one more', () => {
    const at = (radius: number) => longSentenceModel({ radius, seed: 1 }).student;
    expect(at(0.5)).toBeLessThan(at(1));
    expect(at(1.5)).toBeGreaterThan(at(1));
    expect(at(0.5)).toBeLessThan(1e-5);
  });
});
