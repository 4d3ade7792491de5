// What the long-sentence figure draws, as plain data: the headline and one bar per word, its length the
// log10 of the gradient share from 10⁻¹² (empty) to 1 (full). LongSentenceFigure.astro (static first frame)
// and view.ts (live) both draw from it.
import { scaleLinear } from 'd3-scale';
import { sci } from '../../ui/sci.ts';
import type { LongSentenceModel } from './model.ts';

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

const length = scaleLinear().domain([-12, 0]).range([0, 1]).clamp(true);

export function longSentenceLayout(m: LongSentenceModel): LongSentenceLayout {
  return {
    headline: `Share of the gradient from "finally" that reaches "student", ${m.distance} steps back: ${sci(m.student)}.`,
    bars: m.words.map((d) => ({
      word: d.word,
      student: d.word === 'student',
      // a share of 0 (or one too small to count) draws no bar rather than NaN
      share: d.share > 0 ? length(Math.log10(d.share)) : 0,
      value: sci(d.share),
    })),
  };
}
