// Wall-clock per training step of a racer at a sequence length, timed in Node (the recorded frame) with the same timeCell the page uses on its worker.
import { raceCellSettings } from '../../models/raceBudget.ts';
import type { Racer } from '../../models/raceRacers.ts';
import { raceTrainer } from '../../models/raceTrainer.ts';
import { REPS, type Timing, timeCell } from './timingCells.ts';

/** Times the racer's training step at this length (T = lag + 1) in this thread. */
export async function timeSteps(
  racer: Racer,
  length: number,
  reps = REPS,
  now?: () => number,
): Promise<Timing> {
  const trainer = raceTrainer(raceCellSettings(racer, length - 1));
  const steps = (k: number) => {
    for (let i = 0; i < k; i++) {
      const r = trainer.step();
      if (r.status !== 'ok') throw new Error(`${racer} at length ${length}: ${r.message}`);
    }
  };
  return { racer, length, ms: await timeCell(steps, reps, now) };
}
