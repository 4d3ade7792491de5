// The one place a page starts a training worker. Vite finds the boot worker through the literal
// `new URL(…, import.meta.url)` and bundles it alone (it is a few lines); the tasks it serves are a chunk of
// the page's own build (src/tasks/train.worker.ts), so the worker reuses the engine the page already
// loaded instead of a second copy. See workerBoot.ts.
import { type ChannelPort, parallelWorker } from '../../engine/index.ts';
import { BOOT_MESSAGE } from './bootMessage.ts';

/** A new module worker that answers the training protocol for every task the book registers. */
export function newTrainingWorker(): Worker {
  const worker = new Worker(new URL('./workerBoot.ts', import.meta.url), { type: 'module' });
  // what a worker that failed to start says: the run ends with this message instead of waiting
  const failed = (why: string) =>
    worker.dispatchEvent(
      new ErrorEvent('error', { message: `the training code could not be loaded (${why})` }),
    );
  import('../../tasks/train.worker.ts').then(
    (code) => {
      // Reading serveBookTasks here also keeps it in the chunk: the bundler drops exports the page never reads,
      // and only the worker calls it.
      if (typeof code.serveBookTasks !== 'function') failed('its chunk has no serveBookTasks');
      else worker.postMessage({ type: BOOT_MESSAGE, module: code.trainWorkerModule });
    },
    (error: unknown) => failed(String(error)),
  );
  return worker;
}

/**
 * A run's port on `workers` training workers (data parallel: the first leads, the rest follow; see
 * parallelWorker). Also for one worker, so that a worker that fails ends the run with a message instead
 * of leaving it waiting. Closing the port ends them all.
 */
export function newParallelTrainingWorker(workers: number): ChannelPort {
  const [leader, ...followers] = Array.from({ length: Math.max(1, workers) }, newTrainingWorker);
  return parallelWorker(leader, followers);
}
