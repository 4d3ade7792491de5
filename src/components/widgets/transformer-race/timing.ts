// Wall-clock per training step of each racer against sequence length: a warm-up step, then a few timed steps (forward, backward, clipping and the Adam update), their median. Runs in the step-time figure's worker and in the recording script.
import { raceCellSettings } from './budget.ts';
import type { Racer } from './racers.ts';
import { raceTrainer } from './raceTrainer.ts';
import { median, REPS, type Timing } from './timingCells.ts';

/** Times `reps` steps of the racer's model at this length (after one untimed warm-up step). */
export function timeSteps(racer: Racer, length: number, reps = REPS, now = () => performance.now()): Timing {
  const trainer = raceTrainer(raceCellSettings(racer, length - 1));
  const check = (r: ReturnType<ReturnType<typeof raceTrainer>['step']>) => {
    if (r.status !== 'ok') throw new Error(`${racer} at length ${length}: ${r.message}`);
  };
  check(trainer.step());
  const ms: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = now();
    check(trainer.step());
    ms.push(now() - t0);
  }
  return { racer, length, ms: median(ms) };
}
