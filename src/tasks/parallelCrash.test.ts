// A worker of a data-parallel run that fails (an uncaught error: its Worker's 'error' event) must not leave
// the run waiting: the run ends with status 'error', says which worker failed, and keeps the losses it had.
// Each "worker" is a MessageChannel whose far end serves the book's tasks, as in parallelServe.test.ts.
import { afterEach, describe, expect, it } from 'vitest';
import {
  FOLLOW,
  parallelWorker,
  type PortLike,
  type RunSettings,
  type StatusMessage,
  serveChannels,
  serveFollower,
  TrainerClient,
  type TrainerStatus,
  type TransferPort,
} from '../engine/index.ts';
import { bookTasks } from './bookTasks.ts';

const open: (() => void)[] = [];
afterEach(() => {
  for (const close of open.splice(0)) close();
});

/** An uncaught error as a browser reports it on the Worker object. */
function uncaught(message: string): Event {
  return Object.assign(new Event('error'), { message });
}

/**
 * A stand-in for a browser Worker: 'message' from its scope, 'error' when it fails. With `crashAt`, it is
 * a follower that throws (uncaught) when asked for that step's shard, and never answers again.
 */
function fakeWorker(crashAt?: number) {
  const { port1: page, port2: scope } = new MessageChannel();
  const failures = new EventTarget();
  if (crashAt === undefined) serveChannels(scope, { registry: bookTasks, sliceMs: 5 });
  else
    scope.addEventListener('message', (event) => {
      if ((event.data as { type?: string }).type !== FOLLOW) return;
      const toLeader = event.ports[0];
      const crashing: TransferPort = {
        postMessage: (m, transfer) => toLeader.postMessage(m, transfer ?? []),
        addEventListener: (_t, listener) =>
          toLeader.addEventListener('message', (e) => {
            const m = e.data as { type: string; step?: number };
            if (m.type === 'shard' && m.step === crashAt)
              failures.dispatchEvent(uncaught(`Uncaught Error: shard of step ${crashAt} broke`));
            else listener(e);
          }),
        removeEventListener: () => {},
        start: () => toLeader.start(),
      };
      serveFollower(crashing, { registry: bookTasks });
    });
  const worker = {
    terminated: false,
    postMessage: (m: unknown, transfer: Transferable[] = []) => page.postMessage(m, transfer),
    addEventListener: (t: string, l: (e: MessageEvent) => void) =>
      t === 'message' ? page.addEventListener(t, l) : failures.addEventListener(t, l as (e: Event) => void),
    removeEventListener: (t: 'message', l: (e: MessageEvent) => void) => page.removeEventListener(t, l),
    start: () => page.start(),
    /** The worker itself fails (the leader's uncaught error). */
    fail: (message: string) => failures.dispatchEvent(uncaught(message)),
    terminate() {
      worker.terminated = true;
      page.close();
      scope.close();
    },
  };
  open.push(() => worker.terminate());
  return worker;
}

function until(client: TrainerClient, wanted: TrainerStatus): Promise<StatusMessage> {
  return new Promise((resolve) => {
    const off = client.onStatus((s) => {
      if (s.status === wanted) {
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
  maxSteps: 40,
  reportEveryMs: 0,
};

/** A run on a leader and one follower that crashes at step `crashAt`. */
async function run(crashAt: number) {
  const leader = fakeWorker();
  const follower = fakeWorker(crashAt);
  const client = new TrainerClient(parallelWorker(leader, [follower]) as PortLike);
  const losses: number[] = [];
  client.onProgress((p) => losses.push(p.loss));
  await client.init(settings);
  return { client, losses, leader, follower };
}

describe('a data-parallel run whose worker fails', () => {
  it('stops at the step the crashed follower was asked for, says a helper failed and keeps the losses so far', async () => {
    const { client, losses, follower } = await run(5);
    const failed = until(client, 'error');
    client.start();
    const s = await failed;
    expect(s).toMatchObject({ step: 4, helper: true, message: 'Uncaught Error: shard of step 5 broke' });
    expect(losses).toHaveLength(4);
    expect(losses.every(Number.isFinite)).toBe(true);
    expect(follower.terminated).toBe(true);
    // the leader is alive: the trained weights can still be read
    expect((await client.snapshot()).step).toBe(4);
  });

  it('stops a paused run when a follower fails between steps', async () => {
    const { client, follower } = await run(1000);
    client.step(3);
    await until(client, 'paused');
    const failed = until(client, 'error');
    // the failure arrives while nothing waits for the follower
    follower.fail('Uncaught RangeError: out of memory');
    expect(await failed).toMatchObject({
      step: 3,
      helper: true,
      message: 'Uncaught RangeError: out of memory',
    });
  });

  it('ends the run in the leader’s place when the leader itself fails, and terminates every worker', async () => {
    const { client, losses, leader, follower } = await run(1000);
    client.step(2);
    await until(client, 'paused');
    const failed = until(client, 'error');
    leader.fail('Uncaught Error: leader broke');
    const s = await failed;
    expect(s).toMatchObject({ step: 2, message: 'Uncaught Error: leader broke' });
    expect(s.helper).toBeUndefined();
    expect(losses).toHaveLength(2);
    expect([leader.terminated, follower.terminated]).toEqual([true, true]);
  });
});
