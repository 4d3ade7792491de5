// The race cell the figure trains live, driven through the worker protocol over a MessageChannel with the figure's default settings: its losses match the recording at every recorded step and its held-out accuracy is the recorded one.
import { describe, expect, it } from 'vitest';
import { inProcessTrainers } from '../../../tasks/inProcessTrainers.ts';
import { defaults } from '../../figure/stateSchema.ts';
import { FigureRuns } from '../../training/figureRuns.ts';
import recorded from '../../recorded/recorded.json';
import { raceLagsModel } from './model.ts';
import { raceLagsSchema } from './state.ts';

describe('the live race cell', () => {
  it('at the figure’s defaults (the transformer at lag 50) reproduces the recorded losses and accuracy', async () => {
    const trainers = inProcessTrainers();
    const channel = () => trainers.port();
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
    trainers.closeAll();
  }, 120_000);
});
