// Browser entry of the training worker: serves the book's tasks on the worker's own message channel, and one
// more run on every channel a page opens with workerChannels (several runs sharing this thread).
// It lives with the tasks, not in the engine, because it decides which tasks a worker knows; a page makes
// one with newTrainingWorker() from src/components/training/trainingWorker.ts.
import { type PortLike, serveChannels } from '../engine/index.ts';
import { bookTasks } from './bookTasks.ts';

serveChannels(self as unknown as PortLike & { addEventListener: typeof self.addEventListener }, {
  registry: bookTasks,
});
