// The bottleneck figure's model: a plain encoder–decoder (no attention) on the dates task trained in a worker, and what it makes of a short date and of the reader's text.
import type { PortLike } from '../../../engine/index.ts';
import type { StateOf } from '../../figure/stateSchema.ts';
import { DatesRun } from '../../training/datesRun.ts';
import type { FigureRun } from '../../training/figureRun.ts';
import type { Runs } from '../../training/figureRuns.ts';
import { pageModel, type Reading, readDate } from '../../models/translate.ts';
import type { Band } from '../../training/datesRun.ts';
import { readDigits, reverseConfig, reverseModel } from '../../training/reverse.ts';
import { type BottleneckSchema, taskText } from './state.ts';

export const MAX_STEPS = 3000;
/** The short input every strip is compared with, per task. */
export const SHORT = '5/3/79';
export const SHORT_DIGITS = '47';

export interface BottleneckModel {
  /** One part: the dates (or reversal) run with its evaluations. */
  run: FigureRun<DatesRun>;
  task: 'dates' | 'reverse';
  hidden: number;
  text: string;
  /** Readings of the short input and of the reader's text with the latest trained weights (untrained before the first evaluation), and accuracy by length. */
  readings(): { short: Reading; typed: Reading; step: number; bands: Band[] };
}

/** Readings with the weights of the run's latest evaluation, recomputed only when those change. */
export function readingsOf(
  run: (() => DatesRun) | null,
  hidden: number,
  seed: number,
  text: string,
  task: 'dates' | 'reverse' = 'dates',
) {
  let cache: { step: number; short: Reading; typed: Reading; bands: Band[] } | null = null;
  return () => {
    const ev = run?.().latest ?? null;
    const step = ev?.step ?? 0;
    if (cache === null || cache.step !== step) {
      if (task === 'reverse') {
        const m = reverseModel(hidden, ev?.params);
        cache = {
          step,
          short: readDigits(m, SHORT_DIGITS),
          typed: readDigits(m, text),
          bands: ev?.bands ?? [],
        };
      } else {
        const m = pageModel('none', hidden, seed, ev?.params);
        cache = { step, short: readDate(m, SHORT), typed: readDate(m, text), bands: ev?.bands ?? [] };
      }
    }
    return cache;
  };
}

/**
 * Asks the figure for the run of this task, context size and seed: when only the text changed the run
 * goes on (typing must not restart training); `port` is called only when a new run is needed.
 */
export function bottleneckModel(
  s: StateOf<BottleneckSchema>,
  runs: Runs,
  port: () => PortLike & { terminate?(): void },
  evalEveryMs = 3000,
): BottleneckModel {
  const hidden = Number(s.context);
  const run = runs.get(`task=${s.task}|hidden=${hidden}|seed=${s.seed}`, () => [
    new DatesRun(port(), {
      task: s.task,
      reverseConfig: reverseConfig(hidden),
      attention: 'none',
      hidden,
      seed: s.seed,
      maxSteps: MAX_STEPS,
      evalPerBand: 30,
      evalEveryMs,
    }),
  ]);
  const text = taskText(s.task, s.text);
  return {
    run,
    task: s.task,
    hidden,
    text,
    readings: readingsOf(() => run.parts[0], hidden, s.seed, text, s.task),
  };
}
