// Checks that the browser worker entry serves the protocol on self.
import { describe, expect, it } from 'vitest';
import { TrainerClient } from '../engine/index.ts';

describe('train.worker entry', () => {
  it('serves the book’s tasks on self, as a browser worker would', async () => {
    const { port1, port2 } = new MessageChannel();
    const g = globalThis as { self?: unknown };
    const previous = g.self;
    g.self = port1;
    try {
      await import('./train.worker.ts');
    } finally {
      g.self = previous;
    }
    const client = new TrainerClient(port2);
    const shapes = await client.init({ task: 'recall', config: { cell: 'lstm', hidden: 4 }, seed: 1 });
    expect(shapes.W).toEqual([16, 9]);
    client.cancel();
    client.dispose();
    port1.close();
    port2.close();
  });
});
