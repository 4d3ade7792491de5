// The engine's Trainer with the book's tasks as its registry, so `new Trainer({ task: 'recall' })` names a chapter's task.
import { Trainer as EngineTrainer, type TaskRegistry, type TrainerSettings } from '../engine/index.ts';
import { bookTasks } from './bookTasks.ts';

export class Trainer extends EngineTrainer {
  constructor(settings: TrainerSettings, registry: TaskRegistry = bookTasks) {
    super(settings, registry);
  }
}
