// The "order, again" model's claims, with the figure's own settings: without positions a shuffle only moves the rows; with positions it changes them; the sinusoidal similarity depends on distance alone.
import { describe, expect, it } from 'vitest';
import { defaults } from '../../figure/stateSchema.ts';
import { encodingFacts, MAX_WORDS, permutation, positionsOrderModel, readWords } from './model.ts';
import { positionsOrderSchema } from './state.ts';

const base = defaults(positionsOrderSchema);

describe('positions-order model', () => {
  it('without positions, every output row moves with its word and keeps its values (to rounding)', () => {
    for (let shuffle = 1; shuffle <= 9; shuffle++) {
      const m = positionsOrderModel({ ...base, shuffle, positions: 'none' });
      expect(m.maxChange).toBeLessThan(1e-12);
      expect([...m.shuffled].sort()).toEqual([...m.words].sort());
    }
  });

  it('with sinusoidal or learned positions the same shuffle changes the rows by far more than rounding', () => {
    for (const positions of ['sinusoidal', 'learned'] as const) {
      const m = positionsOrderModel({ ...base, positions });
      expect(m.maxChange).toBeGreaterThan(0.05);
      // a word that stays where it was still changes: its neighbours moved
      expect(m.rows.filter((r) => r.from !== r.to).every((r) => r.change > 1e-6)).toBe(true);
    }
  });

  it('the default shuffle really moves words, and shuffle 0 leaves the sentence as typed', () => {
    const m = positionsOrderModel(base);
    expect(m.shuffled).not.toEqual(m.words);
    expect(positionsOrderModel({ ...base, shuffle: 0 }).shuffled).toEqual(m.words);
    for (let k = 1; k <= 9; k++) expect(permutation(5, k)).not.toEqual([0, 1, 2, 3, 4]);
  });

  it('reads at most MAX_WORDS words, says how many were cut, and never shows an empty sentence', () => {
    const long = Array.from({ length: MAX_WORDS + 3 }, (_, i) => `w${i}`).join(' ');
    expect(readWords(long).truncated).toBe(3);
    const empty = positionsOrderModel({ ...base, text: '   ' });
    expect(empty.words).toEqual(['…']);
    expect(Number.isFinite(empty.maxChange)).toBe(true);
  });

  it('the cosine of two sinusoidal positions depends only on their distance, and falls from 1 as they part', () => {
    const f = encodingFacts();
    expect(f.similarity[0]).toBeCloseTo(1, 12);
    expect(f.spread).toBeLessThan(1e-9);
    expect(f.similarity[1]).toBeLessThan(f.similarity[0]);
    expect(Math.min(...f.similarity)).toBeLessThan(f.similarity[1]);
    for (const row of f.encoding) for (const v of row) expect(Math.abs(v)).toBeLessThanOrEqual(1);
  });
});
