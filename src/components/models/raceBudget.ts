// The race at one parameter budget: the transformer sets it, and each recurrent cell gets the state size whose parameter count comes closest, counted from the models the engine builds (Node and workers; the page reads the recorded sizes).
import { Rng } from '../../engine/index.ts';
import { longLagTask } from '../../tasks/longLag.ts';
import { type Racer, raceSettingsFor, racerConfig, TRANSFORMER } from './raceRacers.ts';

/** Parameters of the model the task builds (lag 1: no recurrent or sinusoidal model's size depends on it). */
export function paramCount(racer: Racer, hidden: number): number {
  const task = longLagTask.create(
    { ...longLagTask.defaults, ...racerConfig(racer, 1, hidden) } as typeof longLagTask.defaults,
    new Rng(1),
  );
  return Object.values(task.params).reduce((n, t) => n + t.size, 0);
}

export interface Size {
  hidden: number;
  params: number;
}

/** The budget (the transformer's parameter count) and each racer's size at it. */
export function budgetSizes(): { budget: number; sizes: Record<Racer, Size> } {
  const budget = paramCount('transformer', TRANSFORMER.d);
  const closest = (racer: Racer): Size => {
    let best: Size = { hidden: 1, params: paramCount(racer, 1) };
    for (let h = 2; h <= 64; h++) {
      const params = paramCount(racer, h);
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

let cached: ReturnType<typeof budgetSizes> | null = null;
/** Computed once per page or process (a few dozen small models). */
export function sizes(): ReturnType<typeof budgetSizes> {
  cached ??= budgetSizes();
  return cached;
}

/** The run settings of one cell of the race at the budget's sizes. */
export function raceCellSettings(racer: Racer, lag: number) {
  return raceSettingsFor(racer, lag, sizes().sizes[racer].hidden);
}
