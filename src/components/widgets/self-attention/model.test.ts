// The self-attention preview's model: rows are distributions, √d and temperature sharpen or flatten them as the text says, and the measured depth grows with n for the RNN only.
import { describe, expect, it } from 'vitest';
import { defaults } from '../../figure/stateSchema.ts';
import { measureDepth, selfAttentionModel } from './model.ts';
import { selfAttentionSchema } from './state.ts';

const base = defaults(selfAttentionSchema);

describe('self-attention preview model', () => {
  it('gives every token a row of weights over every token that sums to 1', () => {
    const m = selfAttentionModel(base);
    expect(m.tokens).toHaveLength(11);
    for (const r of m.weights) {
      expect(r).toHaveLength(11);
      expect(r.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
  });

  it('without √d the softmax is sharper, and more so as d grows; a high temperature flattens it', () => {
    const d64 = { ...base, d: '64' as const };
    expect(selfAttentionModel({ ...d64, scaled: false }).peak).toBeGreaterThan(
      selfAttentionModel(d64).peak + 0.2,
    );
    expect(selfAttentionModel({ ...base, temperature: 5 }).peak).toBeLessThan(selfAttentionModel(base).peak);
  });

  it('cuts long text at 12 words and keeps an empty one drawable', () => {
    const long = selfAttentionModel({ ...base, text: 'a b c d e f g h i j k l m n' });
    expect(long.tokens).toHaveLength(12);
    expect(long.truncated).toBe(2);
    expect(selfAttentionModel({ ...base, text: '   ' }).weights).toEqual([[1]]);
  });

  it('measures an RNN’s depth growing with n while one attention layer stays constant', () => {
    const a = measureDepth(4);
    const b = measureDepth(32);
    expect(b.rnn).toBeGreaterThanOrEqual(a.rnn + 28);
    expect(b.attention).toBe(a.attention);
  });

  it("the query slider ends at the sentence's last word: a four-word sentence has queries 0 to 3", () => {
    const m = selfAttentionModel({ ...defaults(selfAttentionSchema), text: 'the cat sat down', query: 11 });
    expect(m.queryMax).toBe(3);
    expect(m.query).toBe(3);
  });
});
