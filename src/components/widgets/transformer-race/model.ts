// The finished race's model: the recorded table of the chosen task, and one cell (a racer at a lag, or at a length for reversal) trained again live in a worker with the recording's settings, compared with the recording step by step.
import type { PortLike } from '../../../engine/index.ts';
import type { StateOf } from '../../figure/stateSchema.ts';
import type { FigureRun } from '../../training/figureRun.ts';
import type { Runs } from '../../training/figureRuns.ts';
import { type RecordedRace, type RecordedRaceCell, recordedCell } from './accuracyTable.ts';
import { type Racer, type RaceTask, raceSettingsFor, STEPS } from '../../models/raceRacers.ts';
import { EvaluatedRun } from './evaluatedRun.ts';
import type { RaceLagsSchema } from './state.ts';

/** What the recording keeps of a cell for the comparison (see recordRaceFinished.ts). */
export interface RecordedLosses extends RecordedRaceCell {
  /** Losses of steps 1…first.length, then of steps every, 2·every, … */
  first: number[];
  every: number[];
  heldOutLoss: number;
}

export interface RecordedRaceWithLosses extends RecordedRace {
  cells: readonly RecordedLosses[];
  /** Steps between two recorded losses after the first few. */
  lossEvery: number;
}

/** Four significant digits, as recorded. */
export const round4 = (v: number) => Number(v.toPrecision(4));

export interface Agreement {
  /** Recorded losses the live run has reached so far, and how many of them it matches to 4 digits. */
  compared: number;
  matched: number;
  /** The first step whose loss differs, or null. */
  firstDiffering: number | null;
}

/** The recorded (step, loss) pairs of a cell. */
export function recordedPoints(c: RecordedLosses, every: number): [number, number][] {
  return [
    ...c.first.map((loss, i) => [i + 1, loss] as [number, number]),
    ...c.every.map((loss, i) => [(i + 1) * every, loss] as [number, number]),
  ];
}

/** The live losses against the recording, step for step where both have one. */
export function agreement(
  live: readonly { step: number; loss: number }[],
  recorded: [number, number][],
): Agreement {
  const byStep = new Map(live.map((p) => [p.step, p.loss]));
  let compared = 0;
  let matched = 0;
  let firstDiffering: number | null = null;
  for (const [step, loss] of recorded) {
    const l = byStep.get(step);
    if (l === undefined) continue;
    compared++;
    if (round4(l) === loss) matched++;
    else firstDiffering ??= step;
  }
  return { compared, matched, firstDiffering };
}

/** The two recordings the figure shows: Chapter 5's task at each lag, digit reversal at each length. */
export interface RecordedRaces {
  'long-lag': RecordedRaceWithLosses;
  reversal: RecordedRaceWithLosses;
}

export interface RaceLagsModel {
  task: RaceTask;
  racer: Racer;
  /** The chosen column: a lag, or a longest length n. */
  at: number;
  recorded: RaceRecordedView;
  run: FigureRun<EvaluatedRun>;
  agreement(): Agreement;
}

export interface RaceRecordedView {
  race: RecordedRaceWithLosses;
  cell: RecordedLosses;
  points: [number, number][];
}

export function raceLagsModel(
  s: StateOf<RaceLagsSchema>,
  runs: Runs,
  races: RecordedRaces,
  channel: () => PortLike & { terminate?(): void },
): RaceLagsModel {
  const task = s.task as RaceTask;
  const racer = s.racer as Racer;
  const at = Number(task === 'long-lag' ? s.lag : s.length);
  const race = races[task];
  const cell = recordedCell(race, racer, at);
  const points = recordedPoints(cell, race.lossEvery);
  // the long-lag key is the one links and tests have used since the figure had one task
  const key = task === 'long-lag' ? `racer=${racer}|lag=${at}` : `task=${task}|racer=${racer}|length=${at}`;
  const run = runs.get(key, () => [
    // every step is reported, so each recorded step has its live loss to compare
    new EvaluatedRun(channel(), {
      ...raceSettingsFor(racer, at, race.sizes[racer].hidden, task),
      maxSteps: STEPS,
      reportEveryMs: 0,
    }),
  ]);
  return {
    task,
    racer,
    at,
    recorded: { race, cell, points },
    run,
    agreement: () => agreement(run.parts[0].points, points),
  };
}
