// The length-curves figure's model: one figure run of three encoder–decoders (no attention, dot-product, additive) on the chosen task, each on its own channel for the same number of steps.
import type { AttentionKind, PortLike } from '../../../engine/index.ts';
import type { StateOf } from '../../figure/stateSchema.ts';
import { reverseConfig } from '../../training/reverse.ts';
import { type Band, DatesRun } from '../../training/datesRun.ts';
import type { FigureRun } from '../../training/figureRun.ts';
import type { Runs } from '../../training/figureRuns.ts';
import type { LengthCurvesSchema } from './state.ts';

export const MAX_STEPS = 800;
export const HIDDEN = 32;

export const MODELS: { attention: AttentionKind; name: string; cls: string }[] = [
  { attention: 'none', name: 'no attention (context vector only)', cls: 'lc-2' },
  { attention: 'dot', name: 'dot-product attention', cls: 'lc-3' },
  { attention: 'additive', name: 'additive (Bahdanau) attention', cls: 'lc-1' },
];

export interface LengthCurvesModel {
  /** Its parts are the runs of MODELS, in that order. */
  run: FigureRun<DatesRun>;
  task: 'dates' | 'reverse';
  measure: 'exact' | 'char';
  /** Held-out accuracy by input length of run i at its latest evaluation. */
  bands(i: number): Band[];
}

/**
 * Asks the figure for the three runs of this task and seed (changing the measure keeps them). `channels`
 * gives a fresh port maker each time they (re)start, so "Train again" opens new channels on new workers.
 */
export function lengthCurvesModel(
  s: StateOf<LengthCurvesSchema>,
  runs: Runs,
  channels: () => () => PortLike & { terminate?(): void },
  evalEveryMs = 3000,
): LengthCurvesModel {
  const run = runs.get(`task=${s.task}|seed=${s.seed}`, () => {
    const port = channels();
    return MODELS.map(
      (m) =>
        new DatesRun(port(), {
          task: s.task,
          reverseConfig: reverseConfig(HIDDEN, m.attention),
          attention: m.attention,
          hidden: HIDDEN,
          seed: s.seed,
          maxSteps: MAX_STEPS,
          evalPerBand: 30,
          evalEveryMs,
        }),
    );
  });
  return {
    run,
    task: s.task,
    measure: s.measure,
    bands: (i) => run.parts[i]?.latest?.bands ?? [],
  };
}
