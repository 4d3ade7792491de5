// The exploding-gradient figure's model: the run settings for the engine's 'exploding' task, and a live TrainingRun in a worker.
import type { PortLike, RunSettings } from '../../../engine/index.ts';
import type { StateOf } from '../../figure/stateSchema.ts';
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
  run: TrainingRun;
  clip: boolean;
  maxNorm: number;
}

export function explodingModel(
  s: StateOf<ExplodingSchema>,
  port: PortLike & { terminate?(): void },
): ExplodingModel {
  return { run: new TrainingRun(port, explodingSettings(s)), clip: s.clip, maxNorm: s.maxNorm };
}
