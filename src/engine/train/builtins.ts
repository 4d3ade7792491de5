// The registry the trainer uses by default, holding the engine's built-in tasks; chapters add theirs with builtinTasks.register.
import { TaskRegistry } from './registry.ts';
import { recallTask } from './tasks/recall.ts';
import { reverseTask } from './tasks/reverse.ts';

export const builtinTasks = new TaskRegistry();
builtinTasks.register(recallTask);
builtinTasks.register(reverseTask);
