// A Trainer that knows only the long-lag task: the step-time worker bundles this and not every task of the book (the dates data, the corpus tasks), which keeps the chapter's JavaScript small.
import { TaskRegistry, Trainer, type TrainerSettings } from '../../engine/index.ts';
import { longLagTask } from '../../tasks/longLag.ts';

const registry = new TaskRegistry();
registry.register(longLagTask);

export function raceTrainer(settings: TrainerSettings): Trainer {
  return new Trainer(settings, registry);
}
