// The race at one parameter budget: the transformer sets it, and each recurrent cell gets the state size whose parameter count comes closest, counted from the models the engine builds (Node and workers; the page reads the recorded sizes).
import { Rng } from '../../engine/index.ts';
import { longLagTask } from '../../tasks/longLag.ts';
import { raceReverseTask } from '../../tasks/raceReverse.ts';
import { type Racer, type RaceTask, raceSettingsFor, racerConfig, TRANSFORMER } from './raceRacers.ts';

/**
 * Parameters of the model the task builds, at the smallest column (no recurrent or sinusoidal model's
 * size depends on the lag or the length).
 */
export function paramCount(racer: Racer, hidden: number, task: RaceTask = 'long-lag'): number {
  const params =
    task === 'long-lag'
      ? longLagTask.create(
          { ...longLagTask.defaults, ...racerConfig(racer, 1, hidden) } as typeof longLagTask.defaults,
          new Rng(1),
        ).params
      : raceReverseTask.create(
          {
            ...raceReverseTask.defaults,
            ...racerConfig(racer, 1, hidden, task),
          } as typeof raceReverseTask.defaults,
          new Rng(1),
        ).params;
  return Object.values(params).reduce((n, t) => n + t.size, 0);
}

export interface Size {
  hidden: number;
  params: number;
}

/** The budget (the transformer's parameter count) and each racer's size at it. */
export function budgetSizes(task: RaceTask = 'long-lag'): { budget: number; sizes: Record<Racer, Size> } {
  const budget = paramCount('transformer', TRANSFORMER.d, task);
  const closest = (racer: Racer): Size => {
    let best: Size = { hidden: 1, params: paramCount(racer, 1, task) };
    for (let h = 2; h <= 64; h++) {
      const params = paramCount(racer, h, task);
      if (Math.abs(params - budget) < Math.abs(best.params - budget)) best = { hidden: h, params };
      if (params > budget) break;
    }
    return best;
  };
  return {
    budget,
    sizes: {
      rnn: closest('rnn'),
      lstm: closest('lstm'),
      gru: closest('gru'),
      transformer: { hidden: TRANSFORMER.d, params: budget },
    },
  };
}

const cached = new Map<RaceTask, ReturnType<typeof budgetSizes>>();
/** Computed once per task per page or process (a few dozen small models). */
export function sizes(task: RaceTask = 'long-lag'): ReturnType<typeof budgetSizes> {
  let s = cached.get(task);
  if (s === undefined) {
    s = budgetSizes(task);
    cached.set(task, s);
  }
  return s;
}

/** The run settings of one cell of the race at the budget's sizes. */
export function raceCellSettings(racer: Racer, at: number, task: RaceTask = 'long-lag') {
  return raceSettingsFor(racer, at, sizes(task).sizes[racer].hidden, task);
}
