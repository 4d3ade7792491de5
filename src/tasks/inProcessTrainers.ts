// Trainers served in this thread over MessageChannels, as the training worker serves them in the page: a figure's
// run can be tested through the real protocol without a Worker. closeAll() stops every trainer and its channel.
import type { PortLike } from '../engine/index.ts';
import { serveTrainer } from './serveTrainer.ts';

export interface InProcessTrainers {
  /** A new channel with a trainer serving its far end; pass it where a figure asks for a worker's port. */
  port(): PortLike;
  closeAll(): void;
}

export function inProcessTrainers(): InProcessTrainers {
  const closers: (() => void)[] = [];
  return {
    port() {
      const { port1, port2 } = new MessageChannel();
      const stop = serveTrainer(port2);
      closers.push(() => {
        stop();
        port1.close();
        port2.close();
      });
      return port1;
    },
    closeAll() {
      for (const close of closers.splice(0)) close();
    },
  };
}
