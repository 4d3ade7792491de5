// The one place a page makes a training worker, so every figure's workers are built (and counted) alike.

/** A new training worker (src/engine/worker/train.worker.ts) as an ES module worker. */
export function newTrainingWorker(): Worker {
  return new Worker(new URL('../../engine/worker/train.worker.ts', import.meta.url), { type: 'module' });
}
