// The cells of the step-time figure: sequence lengths, timed batches per cell, the order they are timed in, and how one cell is timed (no engine here, so the page can import it; the steps run in a worker or in Node).
import { RACERS, type Racer } from '../../models/raceRacers.ts';

/** Sequence lengths T = lag + 1 (the symbol, the distractors, the cue). */
export const LENGTHS = [25, 50, 100, 200, 400] as const;
/** Timed batches per cell; the median of 5 shrugs off one batch slowed by the page or a collection. */
export const REPS = 5;
/** A timed batch lasts at least about this long, so a message's round trip to the worker is small beside it. */
export const BATCH_MS = 20;
/** And holds at most this many steps. */
const MOST_STEPS = 64;

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

/**
 * Times a cell: one untimed warm-up step, one step to size the batches, an untimed batch of k steps
 * (k so a batch lasts about BATCH_MS), then `reps` timed batches; the median of their milliseconds per step. `steps(k)`
 * takes k training steps (forward, backward, clipping, the update) and resolves when they are done.
 */
export async function timeCell(
  steps: (k: number) => Promise<void> | void,
  reps: number,
  now: () => number = () => performance.now(),
): Promise<number> {
  await steps(1);
  let t0 = now();
  await steps(1);
  const one = Math.max(now() - t0, 1e-3);
  const k = Math.max(1, Math.min(MOST_STEPS, Math.ceil(BATCH_MS / one)));
  // one more batch untimed: the first steps of a model in a fresh worker run before the JIT has
  // compiled its code (measured in Chromium: the first transformer cell read 14 ms at T = 25, 5 ms at 50)
  await steps(k);
  const ms: number[] = [];
  for (let i = 0; i < reps; i++) {
    t0 = now();
    await steps(k);
    ms.push((now() - t0) / k);
  }
  return median(ms);
}
