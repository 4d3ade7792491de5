// What the long-sentence figure draws, as plain data: the headline and one bar per word, its length the
// gradient share itself on a linear track (see shareBar.ts: a log track said the opposite of the prose).
// LongSentenceFigure.astro (static first frame) and view.ts (live) both draw from it.
import { sci } from '../../ui/sci.ts';
import type { LongSentenceModel } from './model.ts';
import { shareBar, shareTop } from './shareBar.ts';

export interface ShareBar {
  word: string;
  /** The word the headline follows, picked out in colour. */
  student: boolean;
  /** Bar length, 0…1 of the track. */
  share: number;
  value: string;
}

export interface LongSentenceLayout {
  headline: string;
  bars: ShareBar[];
}

export function longSentenceLayout(m: LongSentenceModel): LongSentenceLayout {
  const top = shareTop(m.words.map((d) => d.share));
  return {
    headline: `Share of the gradient from "finally" that reaches "student", ${m.distance} steps back: ${sci(m.student)}.`,
    bars: m.words.map((d) => ({
      word: d.word,
      student: d.word === 'student',
      // a share of 0 (or one not finite) draws no bar rather than NaN
      share: shareBar(d.share, top) / 100,
      value: sci(d.share),
    })),
  };
}
