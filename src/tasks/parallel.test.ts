// Data-parallel training on the book's tasks, with followers on in-process MessageChannels: k = 1 is today's
// run exactly, k = 2 and 3 agree with it up to the order of float sums, and the same seed and k repeat bit for bit.
import { afterEach, describe, expect, it } from 'vitest';
import {
  HelperFailure,
  mul,
  ParallelTrainer,
  param,
  type RunSettings,
  serveFollower,
  type StepReport,
  scale,
  sum,
  TaskRegistry,
  type TransferPort,
} from '../engine/index.ts';
import { bookTasks } from './bookTasks.ts';
import { Trainer } from './trainer.ts';

const open: (() => void)[] = [];
afterEach(() => {
  for (const close of open.splice(0)) close();
});

/**
 * Leader-side ports to `n` followers serving the book's tasks. `delay(i)` holds follower i's answers that
 * many ms before the leader sees them, to make them arrive out of shard order.
 */
function followers(
  n: number,
  delay: (i: number) => number = () => 0,
  registry: TaskRegistry = bookTasks,
): TransferPort[] {
  return Array.from({ length: n }, (_, i) => {
    const { port1, port2 } = new MessageChannel();
    const stop = serveFollower(port2, { registry });
    open.push(() => {
      stop();
      port1.close();
      port2.close();
    });
    if (delay(i) === 0) return port1;
    const listeners = new Map<(e: MessageEvent) => void, (e: MessageEvent) => void>();
    return {
      postMessage: (m: unknown, transfer?: Transferable[]) => port1.postMessage(m, transfer ?? []),
      addEventListener: (_t: 'message', l: (e: MessageEvent) => void) => {
        const late = (e: MessageEvent) => setTimeout(() => l(e), delay(i));
        listeners.set(l, late);
        port1.addEventListener('message', late);
      },
      removeEventListener: (_t: 'message', l: (e: MessageEvent) => void) => {
        const late = listeners.get(l);
        if (late) port1.removeEventListener('message', late);
      },
      start: () => port1.start(),
    };
  });
}

const ok = (r: StepReport) => {
  if (r.status !== 'ok') throw new Error(r.message);
  return r;
};

async function parallelLosses(
  settings: RunSettings,
  k: number,
  steps: number,
  delay?: (i: number) => number,
) {
  const t = new ParallelTrainer(settings, bookTasks, followers(k - 1, delay));
  const losses: number[] = [];
  for (let i = 0; i < steps; i++) losses.push(ok(await t.step()).loss);
  t.close();
  return { losses, params: t.snapshot() };
}

function serialLosses(settings: RunSettings, steps: number) {
  const t = new Trainer(settings);
  return { losses: Array.from({ length: steps }, () => ok(t.step()).loss), params: t.snapshot() };
}

const charRnn: RunSettings = { task: 'char-rnn', config: { hidden: 12, window: 8 }, seed: 3 };
const longLag: RunSettings = {
  task: 'long-lag',
  config: { hidden: 6, lag: 8, batch: 9 },
  seed: 2,
  clipNorm: 1,
};

function maxRelative(a: number[], b: number[]): number {
  return Math.max(...a.map((x, i) => Math.abs(x - b[i]) / Math.abs(b[i])));
}

describe('data-parallel training', () => {
  it('k = 1 (a leader with no followers) gives exactly the single-worker losses and weights', async () => {
    for (const settings of [charRnn, longLag]) {
      const one = await parallelLosses(settings, 1, 12);
      const serial = serialLosses(settings, 12);
      expect(one.losses).toEqual(serial.losses);
      expect(one.params).toEqual(serial.params);
    }
  });

  for (const k of [2, 3]) {
    it(`k = ${k} gives the k = 1 losses step by step up to float summation order (≤ 1e-10 relative)`, async () => {
      for (const settings of [charRnn, longLag]) {
        const serial = serialLosses(settings, 15);
        const split = await parallelLosses(settings, k, 15);
        expect(maxRelative(split.losses, serial.losses)).toBeLessThanOrEqual(1e-10);
        // and not trivially: the sums really are taken in another order
        expect(split.losses).not.toEqual(serial.losses);
      }
    });
  }

  it('is bit-identical between two runs with the same seed and k, whatever order the answers arrive in', async () => {
    const a = await parallelLosses(charRnn, 3, 10);
    const b = await parallelLosses(charRnn, 3, 10, (i) => (i === 0 ? 4 : 0));
    const c = await parallelLosses(charRnn, 3, 10, (i) => (i === 1 ? 4 : 0));
    expect(b.losses).toEqual(a.losses);
    expect(c.losses).toEqual(a.losses);
    expect(b.params).toEqual(a.params);
  });

  it('refuses followers for a task that cannot split its batch', () => {
    expect(() => new ParallelTrainer({ task: 'recall' }, bookTasks, followers(1))).toThrow(
      "task 'recall' cannot split its batch over workers",
    );
  });

  it('reports a follower’s error as the step’s error', async () => {
    const t = new ParallelTrainer(charRnn, bookTasks, followers(1, undefined, new TaskRegistry()));
    const step = t.step();
    await expect(step).rejects.toThrow("unknown task 'char-rnn' (registered: none)");
    await expect(step).rejects.toBeInstanceOf(HelperFailure);
    t.close();
  });

  it('refuses more workers than the batch has rows, naming both', async () => {
    const settings = { task: 'long-lag', config: { batch: 2, lag: 2 }, seed: 1 };
    const t = new ParallelTrainer(settings, bookTasks, followers(2));
    await expect(t.step()).rejects.toThrow('a batch of 2 rows cannot be split into 3 shards');
    t.close();
  });

  it('stops with the follower’s divergence report when only a follower’s share overflows', async () => {
    // shard 1's forward squares 1e300·w: Infinity from 'mul' on the follower, while shard 0 stays finite
    const registry = new TaskRegistry();
    registry.register({
      name: 'overflow-on-shard-1',
      description: 'a loss that overflows only in shard 1',
      defaults: {},
      shards: true,
      create() {
        const w = param(1, 1, [1]);
        return {
          params: { w },
          loss: (_step, shard) => {
            const big = scale(w, shard?.index === 1 ? 1e300 : 1);
            return { loss: sum(mul(big, big)) };
          },
        };
      },
    });
    const t = new ParallelTrainer(
      { task: 'overflow-on-shard-1' },
      registry,
      followers(1, undefined, registry),
    );
    const r = await t.step();
    expect(r).toEqual({
      status: 'diverged',
      step: 1,
      op: 'mul',
      phase: 'forward',
      message: "the loss became Infinity at step 1 (first non-finite value from 'mul')",
    });
    expect(await t.step()).toBe(r);
    expect(t.stepCount).toBe(0);
    t.close();
  });
});
