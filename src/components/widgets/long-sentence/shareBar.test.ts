// The bars say what Chapter 4 says beside them: a share of two thousandths is a sliver, not most of the bar.
import { describe, expect, it } from 'vitest';
import { defaults } from '../../figure/stateSchema.ts';
import { longSentenceModel } from './model.ts';
import { shareBar, shareTop } from './shareBar.ts';
import { longSentenceSchema } from './state.ts';

describe('long-sentence bars', () => {
  it('at the defaults the bar of "student" is under 1% of the track, as small as its share', () => {
    const m = longSentenceModel(defaults(longSentenceSchema));
    const top = shareTop(m.words.map((w) => w.share));
    expect(shareBar(m.student, top)).toBeLessThan(1);
    expect(shareBar(m.words[m.words.length - 1].share, top)).toBeCloseTo(100 / top, 6);
  });

  it('a bar is proportional to its share, full for the largest, empty for nothing', () => {
    expect(shareBar(0.5, 1)).toBe(50);
    expect(shareBar(2, 2)).toBe(100);
    expect(shareBar(0, 1)).toBe(0);
    expect(shareBar(Number.NaN, 1)).toBe(0);
    expect(shareTop([0.2, 3, Number.POSITIVE_INFINITY])).toBe(3);
  });

  for (const radius of [0.5, 1.5]) {
    it(`radius ${radius}: no share is drawn longer than the track`, () => {
      const m = longSentenceModel({ radius, seed: 1 });
      const top = shareTop(m.words.map((w) => w.share));
      for (const w of m.words) expect(shareBar(w.share, top)).toBeLessThanOrEqual(100);
    });
  }
});
