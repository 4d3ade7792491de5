// Browser entry of the training worker: serves the built-in tasks on the worker's own message channel.
// In a page: new TrainerClient(new Worker(new URL('../engine/worker/train.worker.ts', import.meta.url), { type: 'module' })).
import type { PortLike } from '../train/protocol.ts';
import { serveTrainer } from '../train/serve.ts';

serveTrainer(self as unknown as PortLike);
