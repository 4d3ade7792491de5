// The race cells the figure trains live (each task's default), driven through the worker protocol over a MessageChannel with the figure's default settings: its losses match the recording at every recorded step and its held-out accuracy is the recorded one.
import { describe, expect, it } from 'vitest';
import { inProcessTrainers } from '../../../tasks/inProcessTrainers.ts';
import { defaults } from '../../figure/stateSchema.ts';
import { FigureRuns } from '../../training/figureRuns.ts';
import recorded from '../../recorded/recorded.json';
import { type RecordedRaces, raceLagsModel } from './model.ts';
import { raceLagsSchema } from './state.ts';

const RACES: RecordedRaces = { 'long-lag': recorded.raceFinished, reversal: recorded.raceReversal };

/** Trains the model's live cell to its end and waits for its held-out scores. */
async function finished(run: { heldOut: unknown; onChange(f: () => void): () => void }) {
  await new Promise<void>((resolve) => {
    const off = run.onChange(() => {
      if (run.heldOut !== null) {
        off();
        resolve();
      }
    });
  });
}

describe('the live race cell', () => {
  it('at the figure’s defaults (the transformer at lag 50) reproduces the recorded losses and accuracy', async () => {
    const trainers = inProcessTrainers();
    const channel = () => trainers.port();
    const runs = new FigureRuns();
    const m = raceLagsModel(defaults(raceLagsSchema), runs.forRender(), RACES, channel);
    const run = m.run.parts[0];
    await finished(run);
    expect([m.task, m.racer, m.at]).toEqual(['long-lag', 'transformer', 50]);
    expect(m.agreement()).toEqual({ compared: 13, matched: 13, firstDiffering: null });
    expect(run.heldOut?.accuracy).toBe(m.recorded.cell.accuracy);
    m.run.dispose();
    trainers.closeAll();
  }, 120_000);

  it('switched to digit reversal (the transformer at n = 5) reproduces that recording’s losses, exact match and token score', async () => {
    const trainers = inProcessTrainers();
    const runs = new FigureRuns();
    const s = { ...defaults(raceLagsSchema), task: 'reversal' };
    const m = raceLagsModel(s, runs.forRender(), RACES, () => trainers.port());
    const run = m.run.parts[0];
    await finished(run);
    expect([m.task, m.racer, m.at]).toEqual(['reversal', 'transformer', 5]);
    expect(m.agreement()).toEqual({ compared: 13, matched: 13, firstDiffering: null });
    expect(run.heldOut?.accuracy).toBe(m.recorded.cell.accuracy);
    expect(run.heldOut?.digit).toBe(m.recorded.cell.digit);
    m.run.dispose();
    trainers.closeAll();
  }, 120_000);
});
