// The one place a page starts a training worker: its entry serves the book's tasks (src/tasks/train.worker.ts).
// Vite finds the worker through this literal `new URL(…, import.meta.url)` and bundles it as a module worker.

/** A new module worker that answers the training protocol for every task the book registers. */
export function newTrainingWorker(): Worker {
  return new Worker(new URL('../../tasks/train.worker.ts', import.meta.url), { type: 'module' });
}
