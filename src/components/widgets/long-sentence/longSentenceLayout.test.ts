import { describe, expect, it } from 'vitest';
import { longSentenceLayout } from './longSentenceLayout.ts';

describe('long-sentence layout', () => {
  it('draws each share on a log scale from 10⁻¹² (empty) to 1 (full), and a share of 0 as no bar, never NaN', () => {
    const l = longSentenceLayout({
      words: [
        { word: 'The', share: 0 },
        { word: 'student', share: 1e-6 },
        { word: 'far', share: 1e-20 },
        { word: 'finally', share: 1 },
      ],
      student: 1e-6,
      distance: 2,
    });
    expect(l.bars.map((b) => b.share)).toEqual([0, 0.5, 0, 1]);
    expect(l.bars.map((b) => b.student)).toEqual([false, true, false, false]);
    expect(l.headline).toContain('2 steps back');
  });
});
