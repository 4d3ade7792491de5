// The engine's serveTrainer with the book's tasks as its registry: what a test or a script uses in place of a worker.
import { type PortLike, type ServeOptions, serveTrainer as serveEngineTrainer } from '../engine/index.ts';
import { bookTasks } from './bookTasks.ts';

/** Answers the training protocol on `port`, looking task names up in the book's tasks unless told otherwise. */
export function serveTrainer(port: PortLike, options: Partial<ServeOptions> = {}): () => void {
  return serveEngineTrainer(port, { ...options, registry: options.registry ?? bookTasks });
}
