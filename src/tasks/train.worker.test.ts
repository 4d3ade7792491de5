// Checks that the worker's module serves the protocol on the scope it is given, and names its own address.
import { describe, expect, it } from 'vitest';
import { TrainerClient } from '../engine/index.ts';

describe('train.worker entry', () => {
  it('serves the book’s tasks on a port, as the boot worker has it do on self', async () => {
    const { port1, port2 } = new MessageChannel();
    const { serveBookTasks, trainWorkerModule } = await import('./train.worker.ts');
    // the address the boot worker imports: this very module
    expect(trainWorkerModule).toMatch(/\/train\.worker\.ts$/);
    serveBookTasks(port1);
    const client = new TrainerClient(port2);
    const shapes = await client.init({ task: 'recall', config: { cell: 'lstm', hidden: 4 }, seed: 1 });
    expect(shapes.W).toEqual([16, 9]);
    client.cancel();
    client.dispose();
    port1.close();
    port2.close();
  });
});
