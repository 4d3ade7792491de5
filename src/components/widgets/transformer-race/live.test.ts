// The race cell the figure trains live, driven through the worker protocol over a MessageChannel with the figure's default settings: its losses match the recording at every recorded step and its held-out accuracy is the recorded one.
import { describe, expect, it } from 'vitest';
import type { PortLike } from '../../../engine/index.ts';
import { serveTrainer } from '../../../tasks/index.ts';
import { defaults } from '../../figure/stateSchema.ts';
import { FigureRuns } from '../../training/figureRuns.ts';
import recorded from '../../recorded/recorded.json';
import { raceLagsModel } from './model.ts';
import { raceLagsSchema } from './state.ts';

describe('the live race cell', () => {
  it('at the figure’s defaults (the transformer at lag 50) reproduces the recorded losses and accuracy', async () => {
    const closers: (() => void)[] = [];
    const channel = (): PortLike => {
      const { port1, port2 } = new MessageChannel();
      const stop = serveTrainer(port2);
      closers.push(() => {
        stop();
        port1.close();
        port2.close();
      });
      return port1;
    };
    const runs = new FigureRuns();
    const m = raceLagsModel(defaults(raceLagsSchema), runs.forRender(), recorded.raceFinished, channel);
    const run = m.run.parts[0];
    await new Promise<void>((resolve) => {
      const off = run.onChange(() => {
        if (run.heldOut !== null) {
          off();
          resolve();
        }
      });
    });
    expect([m.racer, m.lag]).toEqual(['transformer', 50]);
    expect(m.agreement()).toEqual({ compared: 13, matched: 13, firstDiffering: null });
    expect(run.heldOut?.accuracy).toBe(m.recorded.cell.accuracy);
    m.run.dispose();
    for (const c of closers) c();
  }, 120_000);
});
