import { describe, expect, it } from 'vitest';
import { longSentenceLayout } from './longSentenceLayout.ts';

describe('long-sentence layout', () => {
  it('draws each share to scale on a linear track (1 full), so 10⁻⁶ is a sliver, and a share of 0 as no bar, never NaN', () => {
    const l = longSentenceLayout({
      words: [
        { word: 'The', share: 0 },
        { word: 'student', share: 1e-6 },
        { word: 'far', share: 1e-20 },
        { word: 'half', share: 0.5 },
        { word: 'finally', share: 1 },
      ],
      student: 1e-6,
      distance: 2,
    });
    expect(l.bars.map((b) => b.share)).toEqual([0, 1e-6, 1e-20, 0.5, 1]);
    expect(l.bars.map((b) => b.student)).toEqual([false, true, false, false, false]);
    expect(l.headline).toContain('2 steps back');
  });
});
