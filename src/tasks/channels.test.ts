// Several runs in one "worker": a MessageChannel stands in for the worker's own channel, and each run the
// page opens travels on a port of its own, trained interleaved by the same thread.
import { describe, expect, it } from 'vitest';
import { type StatusMessage, serveChannels, TrainerClient, workerChannels } from '../engine/index.ts';
import { bookTasks } from './bookTasks.ts';

function fakeWorker() {
  const { port1: page, port2: scope } = new MessageChannel();
  serveChannels(scope, { registry: bookTasks, sliceMs: 5 });
  let terminated = false;
  return {
    worker: {
      postMessage: (m: unknown, transfer: Transferable[]) => page.postMessage(m, transfer),
      terminate: () => {
        terminated = true;
        page.close();
        scope.close();
      },
    },
    terminated: () => terminated,
  };
}

const done = (c: TrainerClient) =>
  new Promise<StatusMessage>((resolve) => c.onStatus((s) => s.status === 'done' && resolve(s)));

describe('several runs in one worker', () => {
  it('trains each run on its own channel to the same result as a run alone, and ends the worker with the last', async () => {
    const { worker, terminated } = fakeWorker();
    const channels = workerChannels(worker);
    const settings = (seed: number) => ({
      task: 'long-lag',
      config: { cell: 'gru' as const, lag: 6 },
      seed,
      maxSteps: 12,
      reportEveryMs: 0,
    });
    const ports = [channels.open(), channels.open()];
    const clients = ports.map((p) => new TrainerClient(p));
    const losses = clients.map(() => [] as number[]);
    clients.forEach((c, i) => {
      c.onProgress((p) => losses[i].push(p.loss));
    });
    await Promise.all(clients.map((c, i) => c.init(settings(i + 1))));
    const finished = clients.map(done);
    for (const c of clients) c.start();
    await Promise.all(finished);
    expect(losses.map((l) => l.length)).toEqual([12, 12]);
    expect(losses[0]).not.toEqual(losses[1]); // different seeds, separate runs

    // The same run alone in its own "worker" gives the same losses: the runs did not share state.
    const alone = fakeWorker();
    const solo = new TrainerClient(workerChannels(alone.worker).open());
    const soloLosses: number[] = [];
    solo.onProgress((p) => soloLosses.push(p.loss));
    await solo.init(settings(2));
    const soloDone = done(solo);
    solo.start();
    await soloDone;
    expect(soloLosses).toEqual(losses[1]);
    solo.dispose();

    clients[0].dispose();
    expect(terminated()).toBe(false);
    clients[1].dispose();
    expect(terminated()).toBe(true);
  });

  it('spreads runs over a pool of workers, the least busy first', () => {
    const opened: number[] = [];
    const ended: number[] = [];
    const worker = (i: number) => ({
      postMessage: (_m: unknown, transfer: Transferable[]) => {
        opened.push(i);
        for (const p of transfer) (p as MessagePort).close();
      },
      terminate: () => ended.push(i),
    });
    const channels = workerChannels([worker(0), worker(1)]);
    const ports = [channels.open(), channels.open(), channels.open()];
    expect(opened).toEqual([0, 1, 0]);
    ports[1].terminate();
    expect(ended).toEqual([1]);
    ports[0].terminate();
    ports[0].terminate(); // twice is harmless
    expect(ended).toEqual([1]);
    ports[2].terminate();
    expect(ended).toEqual([1, 0]);
  });
});
