import { describe, expect, it } from 'vitest';
import { defaults } from '../../figure/stateSchema.ts';
import { bpttModel } from './model.ts';
import { bpttSchema } from './state.ts';

const base = defaults(bpttSchema);

describe('BPTT model', () => {
  it('before going back, the running sum is zero; after all T steps it is the shared gradient', () => {
    const m0 = bpttModel({ ...base, back: 0 });
    expect(m0.partialNorm).toBe(0);
    const all = bpttModel({ ...base, back: 8 });
    expect(all.back).toBe(6);
    all.partial.forEach((v, k) => {
      expect(v).toBeCloseTo(all.shared[k], 12);
    });
    expect(all.maxDifference).toBeLessThan(1e-12);
  });

  it('going back one step adds exactly that step’s contribution', () => {
    const m2 = bpttModel({ ...base, back: 2 });
    const m3 = bpttModel({ ...base, back: 3 });
    const c = m3.steps[3].contribution; // step 4 is the third from the end of six
    m3.partial.forEach((v, k) => {
      expect(v).toBeCloseTo(m2.partial[k] + c[k], 12);
    });
  });

  it('the first step contributes nothing to W_hh, since h₀ = 0; the others do', () => {
    const m = bpttModel(base);
    expect(m.steps[0].contributionNorm).toBe(0);
    expect(m.steps.slice(1).every((s) => s.contributionNorm > 0)).toBe(true);
  });

  it('every step predicts the next word; the total loss is the sum', () => {
    const m = bpttModel(base);
    expect(m.steps.map((s) => s.target)).toEqual(['cat', 'sat', 'on', 'the', 'mat', '⟨end⟩']);
    expect(m.loss).toBeCloseTo(
      m.steps.reduce((a, s) => a + s.loss, 0),
      12,
    );
  });

  it('an empty sentence gives zeros, never a non-finite number', () => {
    const m = bpttModel({ sentence: '', back: 4 });
    expect(m.back).toBe(0);
    expect(m.loss).toBe(0);
    expect(Number.isFinite(m.gradScale) && Number.isFinite(m.matrixScale)).toBe(true);
  });
});
