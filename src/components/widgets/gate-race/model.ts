// The race's model: one figure run of three seeded runs of the engine's 'long-lag' task (RNN, LSTM, GRU), each on its own port (the widget gives them one worker), and the verdict from their losses.
import type { PortLike, RunSettings } from '../../../engine/index.ts';
import type { StateOf } from '../../figure/stateSchema.ts';
import type { FigureRun } from '../../training/figureRun.ts';
import type { Runs } from '../../training/figureRuns.ts';
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
  /** Its parts are the cells' runs, in the order of CELLS. */
  run: FigureRun<TrainingRun>;
  /** The run of one cell (after "Train again", the new one). */
  cell(c: Cell): TrainingRun;
  outcomes(): Record<Cell, Outcome>;
  verdict(): Verdict;
}

/**
 * Asks the figure for the race of these settings. `channels` gives a fresh port maker each time the race
 * (re)starts, so "Train again" opens new channels on new workers.
 */
export function gateRaceModel(
  s: StateOf<GateRaceSchema>,
  runs: Runs,
  channels: () => () => PortLike & { terminate?(): void },
): GateRaceModel {
  const run = runs.get(`lag=${s.lag}|seed=${s.seed}`, () => {
    const port = channels();
    return CELLS.map((c) => new TrainingRun(port(), raceSettings(s, c)));
  });
  const cell = (c: Cell) => run.parts[CELLS.indexOf(c)];
  const outcomes = () => {
    const o = {} as Record<Cell, Outcome>;
    for (const c of CELLS) {
      const r = cell(c);
      const st = r.status?.status;
      o[c] = outcome(r.points, SYMBOLS, st === 'done', st === 'diverged' || st === 'error');
    }
    return o;
  };
  return { lag: s.lag, run, cell, outcomes, verdict: () => verdict(s.lag, outcomes()) };
}
