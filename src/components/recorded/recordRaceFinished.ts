// Chapter 8's finished race, recorded by the engine: each racer at each lag (and, for digit reversal, each length) trained with the figure's settings (same seed, one parameter budget), its held-out accuracy, and the step times of the static frame. recorded.test.ts re-runs the first steps.
import { Trainer } from '../../tasks/index.ts';
import { raceCellSettings, sizes } from '../models/raceBudget.ts';
import { LAGS, LENGTHS, RACERS, type Racer, SEED, STEPS } from '../models/raceRacers.ts';
import { timeSteps } from '../widgets/step-time/timing.ts';
import { CELLS, REPS } from '../widgets/step-time/timingCells.ts';

/** Four significant digits: enough for a chart and a readout, small enough to commit. */
const round = (v: number) => Number(v.toPrecision(4));
/** Recorded losses the live re-run is compared with: the first steps, and every 50th. */
export const EVERY = 50;
const FIRST = 5;

export interface RecordedCell {
  racer: Racer;
  lag: number;
  /** Losses of steps 1…5, then of steps 50, 100, … (every EVERY). */
  first: number[];
  every: number[];
  /** Held-out accuracy (share of 4 × 16 fixed sequences named right) and loss after the last step. */
  accuracy: number;
  heldOutLoss: number;
  /** Where a run stopped early (an overflow), or null. */
  stopped: number | null;
}

/** A reversal cell: its column is the longest length n; accuracy is exact match, `digit` the share of written tokens right. */
export interface RecordedReversalCell extends Omit<RecordedCell, 'lag'> {
  length: number;
  digit: number;
}

/** One racer at one lag for `steps` steps (STEPS in the recording; a test asks for the first few). */
export function recordCell(racer: Racer, lag: number, steps = STEPS): RecordedCell {
  const { e, ...r } = trainCell(new Trainer(raceCellSettings(racer, lag)), steps);
  return { racer, lag, ...r, accuracy: round(e.accuracy), heldOutLoss: round(e.loss) };
}

/** One racer reversing sequences of up to `length` digits for `steps` steps. */
export function recordReversalCell(racer: Racer, length: number, steps = STEPS): RecordedReversalCell {
  const { e, ...r } = trainCell(new Trainer(raceCellSettings(racer, length, 'reversal')), steps);
  return {
    racer,
    length,
    ...r,
    accuracy: round(e.exact),
    digit: round(e.digit),
    heldOutLoss: round(e.loss),
  };
}

function trainCell(t: Trainer, steps: number) {
  const first: number[] = [];
  const every: number[] = [];
  let stopped: number | null = null;
  for (let i = 1; i <= steps; i++) {
    const r = t.step();
    if (r.status !== 'ok') {
      stopped = i;
      break;
    }
    if (i <= FIRST) first.push(round(r.loss));
    if (i % EVERY === 0) every.push(round(r.loss));
  }
  return { first, every, stopped, e: t.evaluate() };
}

/** The reversal race: every racer at every length, at the reversal task's budget. */
export function recordRaceReversal(log: (line: string) => void = () => {}) {
  const { budget, sizes: s } = sizes('reversal');
  const cells: RecordedReversalCell[] = [];
  for (const length of LENGTHS)
    for (const racer of RACERS) {
      const c = recordReversalCell(racer, length);
      log(`raceReversal ${racer} n ${length}: exact ${c.accuracy}, digits ${c.digit}`);
      cells.push(c);
    }
  return { seed: SEED, steps: STEPS, lossEvery: EVERY, budget, sizes: s, cells };
}

/** The whole race and a step-time frame measured in Node (labelled as such on the page). */
export async function recordRaceFinished(log: (line: string) => void = () => {}) {
  const { budget, sizes: s } = sizes();
  const cells: RecordedCell[] = [];
  for (const lag of LAGS)
    for (const racer of RACERS) {
      const c = recordCell(racer, lag);
      log(`raceFinished ${racer} lag ${lag}: accuracy ${c.accuracy}`);
      cells.push(c);
    }
  const stepMs: { racer: Racer; length: number; ms: number }[] = [];
  for (const { racer, length } of CELLS) {
    const t = await timeSteps(racer, length);
    log(`stepTime ${racer} T=${length}: ${t.ms.toFixed(3)} ms`);
    stepMs.push({ racer, length, ms: round(t.ms) });
  }
  return {
    seed: SEED,
    steps: STEPS,
    lossEvery: EVERY,
    budget,
    sizes: s,
    cells,
    stepMs,
    reps: REPS,
    node: process.version,
  };
}
