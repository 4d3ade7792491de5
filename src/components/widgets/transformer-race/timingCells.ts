// The cells of the step-time figure: sequence lengths, timed steps per cell, the order they are timed in, and their median (no engine, so the page can import it).
import { RACERS, type Racer } from './racers.ts';

/** Sequence lengths T = lag + 1 (the symbol, the distractors, the cue). */
export const LENGTHS = [25, 50, 100, 200, 400] as const;
/** Timed steps per cell; the median of 5 shrugs off one step slowed by the page or a collection. */
export const REPS = 5;

export interface Timing {
  racer: Racer;
  length: number;
  /** Median milliseconds per step. */
  ms: number;
}

/** Every (length, racer) cell in the order they are timed: short sequences first, so the chart fills left to right. */
export const CELLS: readonly { racer: Racer; length: number }[] = LENGTHS.flatMap((length) =>
  RACERS.map((racer) => ({ racer, length })),
);

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}
