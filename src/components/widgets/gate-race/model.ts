// The race's model: three seeded runs of the engine's 'long-lag' task (RNN, LSTM, GRU), each on its own port (the widget gives them one worker), and the verdict from their losses.
import type { PortLike, RunSettings } from '../../../engine/index.ts';
import type { StateOf } from '../../figure/stateSchema.ts';
import { TrainingRun } from '../../training/trainingRun.ts';
import type { GateRaceSchema } from './state.ts';
import { CELLS, type Cell, type Outcome, outcome, type Verdict, verdict } from './verdict.ts';

export const MAX_STEPS = 400;
export const SYMBOLS = 4;

/** Plain settings for one worker: the same state and cell always give the same run. */
export function raceSettings(s: StateOf<GateRaceSchema>, cell: Cell): RunSettings & { maxSteps: number } {
  return {
    task: 'long-lag',
    config: { cell, lag: s.lag, symbols: SYMBOLS },
    seed: s.seed,
    clipNorm: 1,
    maxSteps: MAX_STEPS,
    // Every step is reported: the verdict reads the last steps' losses, so it must not depend on timing.
    reportEveryMs: 0,
  };
}

export interface GateRaceModel {
  lag: number;
  runs: Record<Cell, TrainingRun>;
  /** Wall-clock start, for the time-to-verdict readout. */
  started: number;
  outcomes(): Record<Cell, Outcome>;
  verdict(): Verdict;
}

export function gateRaceModel(
  s: StateOf<GateRaceSchema>,
  port: (cell: Cell) => PortLike & { terminate?(): void },
): GateRaceModel {
  const runs = {} as Record<Cell, TrainingRun>;
  for (const c of CELLS) runs[c] = new TrainingRun(port(c), raceSettings(s, c));
  const outcomes = () => {
    const o = {} as Record<Cell, Outcome>;
    for (const c of CELLS) {
      const st = runs[c].status?.status;
      o[c] = outcome(runs[c].points, SYMBOLS, st === 'done', st === 'diverged' || st === 'error');
    }
    return o;
  };
  return {
    lag: s.lag,
    runs,
    started: performance.now(),
    outcomes,
    verdict: () => verdict(s.lag, outcomes()),
  };
}
