// A Node worker thread that speaks the training protocol like the browser's train.worker.ts (leader or
// follower, whichever the bench makes it): the bench's stand-in for a page's training worker.
import { parentPort } from 'node:worker_threads';
import { type PortLike, serveChannels } from '../src/engine/index.ts';
import { bookTasks } from '../src/tasks/bookTasks.ts';

if (parentPort === null) throw new Error('bench/parallelWorker.ts runs only as a worker thread');
// Node's MessagePort is an EventTarget whose 'message' events carry data and ports, as in a browser.
serveChannels(parentPort as unknown as PortLike & Pick<EventTarget, 'addEventListener'>, {
  registry: bookTasks,
});
