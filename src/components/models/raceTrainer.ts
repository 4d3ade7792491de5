// A Trainer that knows only the race's tasks: the step-time worker bundles this and not every task of the book (the dates data, the corpus tasks), which keeps the chapter's JavaScript small.
import { TaskRegistry, Trainer, type TrainerSettings } from '../../engine/index.ts';
import { longLagTask } from '../../tasks/longLag.ts';
import { raceReverseTask } from '../../tasks/raceReverse.ts';

const registry = new TaskRegistry();
registry.register(longLagTask);
registry.register(raceReverseTask);

export function raceTrainer(settings: TrainerSettings): Trainer {
  return new Trainer(settings, registry);
}
