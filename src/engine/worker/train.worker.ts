// Browser entry of the training worker: serves the built-in tasks on the worker's own message channel, and
// one more run on every channel a page opens with workerChannels (several runs sharing this thread).
// In a page: new TrainerClient(new Worker(new URL('../engine/worker/train.worker.ts', import.meta.url), { type: 'module' })).
import { serveChannels } from '../train/channels.ts';
import type { PortLike } from '../train/protocol.ts';

serveChannels(self as unknown as PortLike & { addEventListener: typeof self.addEventListener });
