// The book's training tasks in one registry: what the training worker serves and what Trainer and serveTrainer look names up in.
import { TaskRegistry } from '../engine/index.ts';
import { charRnnTask } from './charRnn.ts';
import { datesTask } from './dates.ts';
import { explodingTask } from './explodingRnn.ts';
import { longLagTask } from './longLag.ts';
import { raceReverseTask } from './raceReverse.ts';
import { recallTask } from './recall.ts';
import { reverseTask } from './reverse.ts';
import { tinyGptTask } from './tinyGpt.ts';
import { inductionTask } from './induction.ts';

export const bookTasks = new TaskRegistry();
bookTasks.register(recallTask);
bookTasks.register(reverseTask);
bookTasks.register(explodingTask);
bookTasks.register(charRnnTask);
bookTasks.register(longLagTask);
bookTasks.register(raceReverseTask);
bookTasks.register(datesTask);
bookTasks.register(tinyGptTask);
bookTasks.register(inductionTask);
