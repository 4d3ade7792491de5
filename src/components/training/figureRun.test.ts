// A figure's run: its states as parts start, pause and end; holding while away; the reader's pause
// outlasting it; "Train again"; the time left from measured speed (never NaN); and disposal down to the workers.
import { describe, expect, it, vi } from 'vitest';
import { type PortLike, type StatusMessage, type TrainerStatus, workerChannels } from '../../engine/index.ts';
import { serveTrainer } from '../../tasks/index.ts';
import { FigureRun, type RunPart } from './figureRun.ts';
import { FigureRuns } from './figureRuns.ts';
import { TrainingRun } from './trainingRun.ts';

/** A part whose worker answers at once: start() reports running, pause() reports paused. */
class FakePart implements RunPart {
  status: StatusMessage | null = null;
  step = 0;
  disposed = false;
  readonly maxSteps: number;
  readonly calls: string[] = [];
  readonly #listeners = new Set<() => void>();
  constructor(maxSteps = 300) {
    this.maxSteps = maxSteps;
  }
  report(status: TrainerStatus, step = this.step): void {
    this.step = step;
    this.status = { type: 'status', status, step };
    for (const fn of this.#listeners) fn();
  }
  progress(step: number): void {
    this.step = step;
    for (const fn of this.#listeners) fn();
  }
  start(): void {
    this.calls.push('start');
    this.report('running');
  }
  pause(): void {
    this.calls.push('pause');
    this.report('paused');
  }
  dispose(): void {
    this.disposed = true;
  }
  onChange(fn: () => void): () => void {
    this.#listeners.add(fn);
    return () => this.#listeners.delete(fn);
  }
}

function fakeRun(parts = 1, options: { now?: () => number; away?: boolean } = {}) {
  const opened: FakePart[][] = [];
  const run = new FigureRun(
    'k',
    () => {
      const ps = Array.from({ length: parts }, () => new FakePart());
      opened.push(ps);
      return ps;
    },
    options,
  );
  return { run, opened };
}

describe('FigureRun states', () => {
  it('goes starting → running → paused by the reader → running → finished', () => {
    const { run } = fakeRun(2);
    expect(run.state).toBe('starting');
    for (const p of run.parts) p.start();
    expect(run.state).toBe('running');
    run.pause();
    expect(run.state).toBe('paused');
    expect(run.parts.every((p) => p.status?.status === 'paused')).toBe(true);
    run.resume();
    expect(run.state).toBe('running');
    run.parts[0].report('done', 300);
    expect(run.state).toBe('running');
    run.parts[1].report('done', 300);
    expect(run.state).toBe('finished');
    expect(run.ended).toBe(true);
  });

  it('is stopped when every part ended early, and finished when one at least reached its last step', () => {
    const a = fakeRun(1).run;
    a.parts[0].report('diverged', 3);
    expect(a.state).toBe('stopped');
    const b = fakeRun(3).run;
    b.parts[0].report('diverged', 3);
    b.parts[1].report('done', 300);
    b.parts[2].report('done', 300);
    expect(b.state).toBe('finished');
  });

  it('holds while away and goes on when back', () => {
    const { run } = fakeRun(2);
    for (const p of run.parts) p.start();
    run.setAway(true);
    expect(run.state).toBe('away');
    expect(run.parts.map((p) => p.status?.status)).toEqual(['paused', 'paused']);
    run.setAway(false);
    expect(run.state).toBe('running');
    expect(run.parts.map((p) => p.status?.status)).toEqual(['running', 'running']);
  });

  it('keeps the reader’s pause when the figure comes back on screen', () => {
    const { run } = fakeRun(1);
    run.parts[0].start();
    run.pause();
    run.setAway(true);
    run.setAway(false);
    expect(run.state).toBe('paused');
    expect(run.parts[0].status?.status).toBe('paused');
  });

  it('pauses a part that starts on its own while the figure is away', () => {
    const { run } = fakeRun(1, { away: true });
    run.parts[0].report('running');
    expect(run.parts[0].status?.status).toBe('paused');
    expect(run.state).toBe('away');
  });

  it('trains again from step 0 on fresh parts, disposing the old ones and the reader’s pause', () => {
    const { run, opened } = fakeRun(2);
    for (const p of run.parts) p.report('done', 300);
    const changes: boolean[] = [];
    run.onChange((c) => changes.push(c));
    run.again();
    expect(opened).toHaveLength(2);
    expect(opened[0].every((p) => p.disposed)).toBe(true);
    expect(run.parts).toBe(opened[1]);
    expect(run.progress.step).toBe(0);
    expect(run.state).toBe('starting');
    expect(changes).toEqual([true]);
  });

  it('disposes every part once, and ignores what they say afterwards', () => {
    const { run, opened } = fakeRun(3);
    const fn = vi.fn();
    run.onChange(fn);
    run.dispose();
    run.dispose();
    expect(opened[0].every((p) => p.disposed)).toBe(true);
    opened[0][0].report('running');
    expect(fn).not.toHaveBeenCalled();
    run.again();
    expect(opened).toHaveLength(1);
  });
});

describe('FigureRun progress', () => {
  it('gives no time left until it has measured a speed, then the steps left over that speed', () => {
    let t = 0;
    const { run } = fakeRun(1, { now: () => t });
    expect(run.progress).toEqual({ step: 0, total: 300, secondsLeft: null });
    run.parts[0].start();
    expect(run.progress.secondsLeft).toBeNull();
    t = 2000;
    run.parts[0].progress(100);
    expect(run.progress.step).toBe(100);
    // 100 steps in 2 s: 200 steps left at 50 a second
    expect(run.progress.secondsLeft).toBeCloseTo(4, 10);
  });

  it('never says NaN or Infinity: no time passed, no step taken, or paused', () => {
    let t = 1000;
    const { run } = fakeRun(1, { now: () => t });
    run.parts[0].start();
    run.parts[0].progress(10);
    expect(run.progress.secondsLeft).toBeNull(); // no time passed
    const other = fakeRun(1, { now: () => t }).run;
    other.parts[0].start();
    t = 3000;
    other.parts[0].progress(0);
    expect(other.progress.secondsLeft).toBeNull(); // no step taken
    run.parts[0].progress(50);
    expect(Number.isFinite(run.progress.secondsLeft)).toBe(true);
    run.pause();
    expect(run.progress.secondsLeft).toBeNull();
  });

  it('counts an ended part as complete, so a finished run reads total of total with nothing left', () => {
    const { run } = fakeRun(2);
    run.parts[0].report('diverged', 3);
    run.parts[1].report('done', 300);
    expect(run.progress).toEqual({ step: 600, total: 600, secondsLeft: 0 });
  });

  it('counts only time spent training in its seconds', () => {
    let t = 0;
    const { run } = fakeRun(1, { now: () => t });
    run.parts[0].start();
    t = 2000;
    run.setAway(true);
    t = 60_000;
    run.setAway(false);
    t = 61_000;
    expect(run.seconds).toBeCloseTo(3, 10);
  });
});

describe('FigureRuns, the runs a figure owns', () => {
  it('reuses the run of the same key and disposes runs a render no longer asks for', () => {
    const runs = new FigureRuns();
    const open = vi.fn(() => [new FakePart()]);
    const first = runs.forRender();
    const a = first.get('seed=1', open);
    runs.keepOnly(first.keys);
    const second = runs.forRender();
    expect(second.get('seed=1', open)).toBe(a);
    expect(open).toHaveBeenCalledTimes(1);
    const third = runs.forRender();
    const b = third.get('seed=2', open);
    runs.keepOnly(third.keys);
    expect(b).not.toBe(a);
    expect(a.disposed).toBe(true);
    expect(runs.size).toBe(1);
    runs.disposeAll();
    expect(b.disposed).toBe(true);
    expect(runs.size).toBe(0);
  });

  it('holds runs started while away, and lets them all go on when back', () => {
    const runs = new FigureRuns();
    runs.setAway(true);
    const run = runs.forRender().get('k', () => [new FakePart()]);
    run.parts[0].report('running');
    expect(run.state).toBe('away');
    runs.setAway(false);
    expect(run.state).toBe('running');
  });

  it('tells the figure when any run changes', () => {
    const seen: boolean[] = [];
    const runs = new FigureRuns((c) => seen.push(c));
    const run = runs.forRender().get('k', () => [new FakePart()]);
    run.parts[0].start();
    run.parts[0].progress(5);
    expect(seen).toEqual([true, false]);
  });
});

describe('disposing a run closes its channels and ends its workers', () => {
  it('terminates a worker of its own, and a shared worker once its last channel closes', async () => {
    const own = { terminate: vi.fn() };
    const shared = {
      postMessage: (_m: unknown, transfer: Transferable[]) =>
        serveTrainer(transfer[0] as unknown as PortLike),
      terminate: vi.fn(),
    };
    const settings = { task: 'exploding', seed: 1, maxSteps: 2, reportEveryMs: 0 } as const;
    const mine = new MessageChannel();
    const stop = serveTrainer(mine.port2);
    const run = new FigureRun('k', () => {
      const channels = workerChannels(shared);
      return [
        new TrainingRun(Object.assign(mine.port1, own), settings),
        new TrainingRun(channels.open(), settings),
        new TrainingRun(channels.open(), settings),
      ];
    });
    await Promise.all(run.parts.map((p) => p.ready));
    run.dispose();
    expect(own.terminate).toHaveBeenCalledTimes(1);
    expect(shared.terminate).toHaveBeenCalledTimes(1);
    stop();
    mine.port1.close();
    mine.port2.close();
  });
});
