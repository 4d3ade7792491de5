import { describe, expect, it } from 'vitest';
import { defaults } from '../../figure/stateSchema.ts';
import { termsTable, unrollerModel } from './model.ts';
import { unrollerSchema } from './state.ts';

const base = defaults(unrollerSchema);

describe('unroller model', () => {
  it('reads "The cat sat" by default: three of six words, step 3 selected', () => {
    const m = unrollerModel(base);
    expect(m.words).toEqual(['the', 'cat', 'sat', 'on', 'the', 'mat']);
    expect(m.t).toBe(3);
    expect(m.steps.map((s) => s.word)).toEqual(['the', 'cat', 'sat']);
    expect(m.prevH).toEqual(m.steps[1].h);
  });

  it('clamps the step to the sentence length and starts from h₀ = 0', () => {
    expect(unrollerModel({ ...base, sentence: 'The cat', step: 8 }).t).toBe(2);
    const m0 = unrollerModel({ ...base, step: 0 });
    expect(m0.steps).toEqual([]);
    expect(m0.prevH.every((v) => v === 0)).toBe(true);
    expect(unrollerModel({ ...base, step: 1 }).prevH.every((v) => v === 0)).toBe(true);
  });

  it('shares weights across time: the same word after the same state gives the same step', () => {
    const a = unrollerModel({ sentence: 'the cat', step: 2 });
    const b = unrollerModel({ sentence: 'the cat sat', step: 2 });
    expect(a.steps).toEqual(b.steps);
    // but "the" at step 5 of "the cat sat on the mat" meets a different h₄, so h₅ ≠ h₁
    const c = unrollerModel({ ...base, step: 6 });
    expect(c.steps[4].x).toEqual(c.steps[0].x);
    expect(c.steps[4].h).not.toEqual(c.steps[0].h);
  });

  it('says when a long sentence was cut, and handles an empty one', () => {
    expect(
      unrollerModel({ sentence: 'one two three four five six seven eight nine', step: 8 }).truncated,
    ).toBe(true);
    expect(unrollerModel(base).truncated).toBe(false);
    const e = unrollerModel({ sentence: '', step: 3 });
    expect(e.t).toBe(0);
    expect(e.words).toEqual([]);
  });

  it('the terms table adds up: W_hh h + W_xh x + b = z, and h = tanh(z), for every unit', () => {
    const m = unrollerModel(base);
    const tt = termsTable(m);
    expect(tt?.columns).toEqual(['W_hh h₂', '+ W_xh x₃', '+ b_h', '= z₃', 'h₃ = tanh(z₃)']);
    for (const r of tt?.rows ?? []) {
      const [a, b, c, z, h] = r.values;
      expect(a + b + c).toBeCloseTo(z, 12);
      expect(Math.tanh(z)).toBeCloseTo(h, 12);
    }
    expect(termsTable(unrollerModel({ ...base, step: 0 }))).toBeNull();
  });
});
