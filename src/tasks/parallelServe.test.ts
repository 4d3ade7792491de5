// A data-parallel run through the training protocol: a page joins follower "workers" to a leader with
// parallelWorker (each worker here a MessageChannel whose far end runs the worker entry's serveChannels).
import { afterEach, describe, expect, it } from 'vitest';
import {
  activeKernel,
  parallelWorker,
  type RunSettings,
  type StatusMessage,
  serveChannels,
  TrainerClient,
  type TrainerStatus,
} from '../engine/index.ts';
import { bookTasks } from './bookTasks.ts';
import { Trainer } from './trainer.ts';

const open: (() => void)[] = [];
afterEach(() => {
  for (const close of open.splice(0)) close();
});

function fakeWorker() {
  const { port1: page, port2: scope } = new MessageChannel();
  serveChannels(scope, { registry: bookTasks, sliceMs: 5 });
  const worker = {
    terminated: false,
    postMessage: (m: unknown, transfer: Transferable[] = []) => page.postMessage(m, transfer),
    addEventListener: (t: 'message', l: (e: MessageEvent) => void) => page.addEventListener(t, l),
    removeEventListener: (t: 'message', l: (e: MessageEvent) => void) => page.removeEventListener(t, l),
    start: () => page.start(),
    terminate() {
      worker.terminated = true;
      page.close();
      scope.close();
    },
  };
  open.push(() => worker.terminate());
  return worker;
}

/** A client of a run on a leader and `followers` follower workers. */
function connect(followers: number) {
  const leader = fakeWorker();
  const others = Array.from({ length: followers }, fakeWorker);
  const port = parallelWorker(leader, others);
  const client = new TrainerClient(port);
  const losses: number[] = [];
  client.onProgress((p) => losses.push(p.loss));
  return { client, losses, workers: [leader, ...others] };
}

function until(client: TrainerClient, wanted: TrainerStatus, step?: number): Promise<StatusMessage> {
  return new Promise((resolve) => {
    const off = client.onStatus((s) => {
      if (s.status === wanted && (step === undefined || s.step === step)) {
        off();
        resolve(s);
      }
    });
  });
}

const settings: RunSettings = {
  task: 'char-rnn',
  config: { hidden: 8, window: 6 },
  seed: 4,
  workers: 2,
  maxSteps: 12,
  reportEveryMs: 0,
};

describe('a data-parallel run over the protocol', () => {
  it('trains on 2 workers to the single-worker losses (≤ 1e-10 relative), bit for bit again, and ends every worker with the run', async () => {
    const runs = [connect(1), connect(1)];
    for (const r of runs) {
      await r.client.init(settings);
      expect(r.client.workers).toBe(2);
      expect(r.client.note).toBeNull();
      expect(r.client.kernel).toBe(activeKernel());
      const done = until(r.client, 'done');
      r.client.start();
      await done;
    }
    const t = new Trainer(settings);
    const serial = Array.from({ length: 12 }, () => {
      const s = t.step();
      if (s.status !== 'ok') throw new Error(s.message);
      return s.loss;
    });
    const [a, b] = runs.map((r) => r.losses);
    expect(a).toHaveLength(12);
    expect(b).toEqual(a);
    const worst = Math.max(...a.map((loss, i) => Math.abs(loss - serial[i]) / serial[i]));
    expect(worst).toBeLessThanOrEqual(1e-10);
    runs[0].client.dispose();
    expect(runs[0].workers.map((w) => w.terminated)).toEqual([true, true]);
    expect(runs[1].workers.map((w) => w.terminated)).toEqual([false, false]);
  });

  it('pauses, takes single steps, resumes and cancels like a run on one worker', async () => {
    const { client, losses } = connect(2);
    await client.init({ ...settings, workers: 3, maxSteps: undefined });
    expect(client.workers).toBe(3);
    client.step(3);
    expect((await until(client, 'paused')).step).toBe(3);
    client.start();
    await until(client, 'running');
    while (losses.length < 8) await new Promise((r) => setTimeout(r, 5));
    client.pause();
    const paused = await until(client, 'paused');
    const seen = losses.length;
    await new Promise((r) => setTimeout(r, 30));
    expect(losses.length).toBe(seen);
    client.step();
    expect((await until(client, 'paused')).step).toBe(paused.step + 1);
    client.cancel();
    await until(client, 'cancelled');
    expect(losses.every(Number.isFinite)).toBe(true);
  });

  it('trains on one worker, and says why, when the task cannot split its batch or the page gave fewer workers', async () => {
    const recall = connect(1);
    await recall.client.init({ task: 'recall', workers: 2 });
    expect(recall.client.workers).toBe(1);
    expect(recall.client.note).toBe("task 'recall' cannot split its batch over workers, so it trains on one");
    const short = connect(1);
    await short.client.init({ ...settings, workers: 3 });
    expect(short.client.workers).toBe(2);
    expect(short.client.note).toBe('asked for 3 workers; the page started 2, so the run uses 2');
  });

  it('refuses a number of workers that is not a whole number of at least 1', async () => {
    const { client } = connect(0);
    await expect(client.init({ ...settings, workers: 0 })).rejects.toThrow(
      'workers must be a whole number ≥ 1, got 0',
    );
  });
});
