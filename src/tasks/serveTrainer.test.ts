// Specification of the training protocol, driven through a real MessageChannel.
import { afterEach, describe, expect, it } from 'vitest';
import {
  type Progress,
  type StatusMessage,
  type TaskRegistry,
  TrainerClient,
  type TrainerStatus,
} from '../engine/index.ts';
import { explodingRegistry } from './__tests__/explodingRegistry.ts';
import { serveTrainer } from './serveTrainer.ts';

const open: (() => void)[] = [];
afterEach(() => {
  for (const close of open.splice(0)) close();
});

/** A client and a served trainer joined by a real MessageChannel, as a page and its worker would be. */
function connect(registry?: TaskRegistry) {
  const { port1, port2 } = new MessageChannel();
  const stop = serveTrainer(port1, { registry, sliceMs: 5 });
  const client = new TrainerClient(port2);
  const progress: Progress[] = [];
  const statuses: StatusMessage[] = [];
  client.onProgress((p) => progress.push(p));
  client.onStatus((s) => statuses.push(s));
  open.push(() => {
    stop();
    client.dispose();
    port1.close();
    port2.close();
  });
  return { client, progress, statuses };
}

/** Resolves at the next status message `wanted` (after `step` steps, if given). */
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

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('training worker protocol over a MessageChannel', () => {
  it('starts, pauses, takes a single step, resumes and cancels', async () => {
    const { client, progress } = connect();
    const shapes = await client.init({ task: 'recall', config: { hidden: 8 }, seed: 1, reportEveryMs: 10 });
    expect(shapes.Wy).toEqual([4, 8]);
    expect(client.status).toBe('idle');
    client.start();
    await until(client, 'running');
    while (progress.length < 3) await sleep(5);
    client.pause();
    const paused = await until(client, 'paused');
    const seen = progress.length;
    expect(progress.at(-1)?.step).toBe(paused.step);
    await sleep(40);
    expect(progress.length).toBe(seen);
    client.step();
    const afterStep = await until(client, 'paused');
    expect(afterStep.step).toBe(paused.step + 1);
    expect(progress.at(-1)?.step).toBe(paused.step + 1);
    client.resume();
    await until(client, 'running');
    client.cancel();
    const cancelled = await until(client, 'cancelled');
    expect(cancelled.step).toBeGreaterThan(afterStep.step - 1);
    const steps = progress.map((p) => p.step);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(progress.every((p) => Number.isFinite(p.loss))).toBe(true);
  });

  it('reports progress at a bounded rate while running', async () => {
    const { client, progress } = connect();
    await client.init({
      task: 'recall',
      config: { hidden: 4, batch: 2, lag: 2 },
      seed: 1,
      reportEveryMs: 50,
    });
    client.start();
    await sleep(300);
    client.pause();
    const paused = await until(client, 'paused');
    expect(paused.step).toBeGreaterThan(progress.length * 5);
    expect(progress.length).toBeLessThanOrEqual(300 / 50 + 2);
  });

  it('is deterministic: the same seed gives the same losses and weights in two workers', async () => {
    const a = connect();
    const b = connect();
    const settings = { task: 'recall', config: { cell: 'gru', hidden: 8 }, seed: 5 } as const;
    await Promise.all([a.client.init(settings), b.client.init(settings)]);
    a.client.step(25);
    b.client.step(5);
    b.client.step(20);
    await Promise.all([until(a.client, 'paused', 25), until(b.client, 'paused', 25)]);
    expect(a.progress.at(-1)).toMatchObject({ step: 25, loss: b.progress.at(-1)?.loss });
    const [sa, sb] = await Promise.all([a.client.snapshot(), b.client.snapshot()]);
    expect(sa.step).toBe(25);
    expect(Array.from(sa.params.W.data)).toEqual(Array.from(sb.params.W.data));
  });

  it('stops a diverging run with status diverged and the op, never reporting NaN', async () => {
    const { client, progress } = connect(explodingRegistry());
    await client.init({ task: 'explode', seed: 1, reportEveryMs: 0 });
    client.start();
    const s = await until(client, 'diverged');
    expect(s).toMatchObject({ status: 'diverged', op: 'mul', phase: 'forward' });
    expect(s.step).toBeGreaterThan(100);
    expect(progress.length).toBeGreaterThan(100);
    expect(progress.every((p) => Number.isFinite(p.loss) && Number.isFinite(p.gradNorm))).toBe(true);
    client.step();
    await sleep(20);
    expect(client.status).toBe('diverged');
  });

  it('finishes with status done at maxSteps and answers evaluate', async () => {
    const { client, progress } = connect();
    await client.init({ task: 'recall', config: { hidden: 4, batch: 2 }, seed: 1, maxSteps: 30 });
    client.start();
    const done = await until(client, 'done');
    expect(done.step).toBe(30);
    expect(progress.at(-1)?.step).toBe(30);
    const { metrics } = await client.evaluate();
    expect(metrics.accuracy).toBeGreaterThanOrEqual(0);
  });

  it('rejects init with the worker’s message for an unknown task', async () => {
    const { client } = connect();
    await expect(client.init({ task: 'nope' })).rejects.toThrow("unknown task 'nope'");
    expect(client.status).toBe('error');
  });
});
