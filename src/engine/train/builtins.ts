// The registry the trainer uses by default, holding the engine's built-in tasks; chapters add theirs with builtinTasks.register.
import { TaskRegistry } from './registry.ts';
import { charRnnTask } from './tasks/charRnn.ts';
import { datesTask } from './tasks/dates.ts';
import { explodingTask } from './tasks/explodingRnn.ts';
import { longLagTask } from './tasks/longLag.ts';
import { recallTask } from './tasks/recall.ts';
import { reverseTask } from './tasks/reverse.ts';

export const builtinTasks = new TaskRegistry();
builtinTasks.register(recallTask);
builtinTasks.register(reverseTask);
builtinTasks.register(explodingTask);
builtinTasks.register(charRnnTask);
builtinTasks.register(longLagTask);
builtinTasks.register(datesTask);
