// The one place a page starts a training worker: its entry serves the book's tasks (src/tasks/train.worker.ts).
// Vite finds the worker through this literal `new URL(…, import.meta.url)` and bundles it as a module worker.
import { type ChannelPort, parallelWorker } from '../../engine/index.ts';

/** A new module worker that answers the training protocol for every task the book registers. */
export function newTrainingWorker(): Worker {
  return new Worker(new URL('../../tasks/train.worker.ts', import.meta.url), { type: 'module' });
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
