// The exploding-gradient figure's model: the run settings for the engine's 'exploding' task, and the figure's run of them in a worker.
import type { PortLike, RunSettings } from '../../../engine/index.ts';
import type { StateOf } from '../../figure/stateSchema.ts';
import type { FigureRun } from '../../training/figureRun.ts';
import type { Runs } from '../../training/figureRuns.ts';
import { TrainingRun } from '../../training/trainingRun.ts';
import type { ExplodingSchema } from './state.ts';

export const MAX_STEPS = 300;

/** Plain settings for the worker: the same state always gives the same run. */
export function explodingSettings(s: StateOf<ExplodingSchema>): RunSettings & { maxSteps: number } {
  return {
    task: 'exploding',
    seed: s.seed,
    optimizer: { type: 'sgd', lr: s.lr },
    clipNorm: s.clip ? s.maxNorm : undefined,
    maxSteps: MAX_STEPS,
    // every step: a run that overflows at step 3 must still show steps 1 and 2
    reportEveryMs: 0,
  };
}

export interface ExplodingModel {
  /** One part: the run's loss and gradient-norm history. */
  run: FigureRun<TrainingRun>;
  clip: boolean;
  maxNorm: number;
}

/** Asks the figure for the run of these settings (the threshold without clipping changes nothing, so it keeps the run). */
export function explodingModel(
  s: StateOf<ExplodingSchema>,
  runs: Runs,
  port: () => PortLike & { terminate?(): void },
): ExplodingModel {
  const settings = explodingSettings(s);
  const run = runs.get(JSON.stringify(settings), () => [new TrainingRun(port(), settings)]);
  return { run, clip: s.clip, maxNorm: s.maxNorm };
}
