// The training worker's code: serves the book's tasks on the worker's own message channel, and one more run
// on every channel a page opens with workerChannels (several runs sharing this thread).
// It is not bundled as a worker of its own. The page imports this module like any other chunk of its build,
// and a small boot worker (src/components/training/workerBoot.ts) imports it from `trainWorkerModule`: the
// worker then shares the page's chunks, the engine above all, instead of carrying a second copy of them
// (about 20 KB of a chapter's gzipped JavaScript). Importing it starts nothing.
import { type PortLike, serveChannels } from '../engine/index.ts';
import { bookTasks } from './bookTasks.ts';

/** This module's own address, for the boot worker to import. */
export const trainWorkerModule: string = import.meta.url;

/** Serves the book's tasks on a worker's global scope (or any port with the same events). */
export function serveBookTasks(scope: PortLike): void {
  serveChannels(scope, { registry: bookTasks });
}
