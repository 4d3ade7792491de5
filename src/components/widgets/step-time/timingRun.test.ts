// The step-time run driven through the training protocol over MessageChannels, as the page drives its worker: it times every cell in order, holds when paused and goes on when resumed.
import { describe, expect, it } from 'vitest';
import type { PortLike } from '../../../engine/index.ts';
import { serveTrainer } from '../../../tasks/index.ts';
import recorded from '../../recorded/recorded.json';
import { CELLS } from './timingCells.ts';
import { TimingRun } from './timingRun.ts';

describe('TimingRun', () => {
  it('times the cells in order over the protocol, holds on pause and finishes after resume', async () => {
    const open: (() => void)[] = [];
    let live = 0;
    const channel = (): PortLike & { terminate(): void } => {
      const { port1, port2 } = new MessageChannel();
      const stop = serveTrainer(port2);
      live++;
      let closed = false;
      const close = () => {
        if (closed) return;
        closed = true;
        live--;
        stop();
        port1.close();
        port2.close();
      };
      open.push(close);
      return Object.assign(port1, { terminate: close });
    };
    const run = new TimingRun(channel, recorded.raceFinished.sizes, 1);
    await new Promise<void>((resolve) => {
      const off = run.onChange(() => {
        if (run.timings.length >= 2) {
          off();
          resolve();
        }
      });
    });
    run.pause();
    expect(run.status?.status).toBe('paused');
    const held = run.timings.length;
    await new Promise((r) => setTimeout(r, 300));
    // at most the cell that was being timed when the pause came finishes
    expect(run.timings.length).toBeLessThanOrEqual(held + 1);
    run.start();
    await new Promise<void>((resolve) => {
      if (run.status?.status === 'done') resolve();
      run.onChange(() => run.status?.status === 'done' && resolve());
    });
    expect(run.timings.map((t) => [t.racer, t.length])).toEqual(CELLS.map((c) => [c.racer, c.length]));
    for (const t of run.timings) expect(t.ms).toBeGreaterThan(0);
    // each cell's channel is closed once the next one is open; none is left open at the end
    expect(live).toBe(0);
    run.dispose();
    for (const c of open) c();
  }, 180_000);
});
