// The prose's claims about the finished race's accuracy, checked on the recorded numbers the figure shows (recorded.test.ts checks that the recording is the engine's), and the budget the prose names, computed again.
import { describe, expect, it } from 'vitest';
import recorded from '../../recorded/recorded.json';
import { recordedCell } from './accuracyTable.ts';
import { budgetSizes } from '../../models/raceBudget.ts';
import { longLagTask } from '../../../tasks/longLag.ts';
import { LAGS, RACERS, type Racer, raceSettingsFor } from '../../models/raceRacers.ts';

const race = recorded.raceFinished;
const acc = (racer: Racer, lag: number) => recordedCell(race, racer, lag).accuracy;

describe('the finished race, as the prose tells it', () => {
  it('one budget: the transformer’s 489 parameters; RNN 16 units (484), LSTM 7 (508), GRU 8 (468), as recorded', () => {
    const b = budgetSizes();
    expect(b.budget).toBe(489);
    expect(b.sizes).toEqual({
      rnn: { hidden: 16, params: 484 },
      lstm: { hidden: 7, params: 508 },
      gru: { hidden: 8, params: 468 },
      transformer: { hidden: 8, params: 489 },
    });
    expect(race.sizes).toEqual(b.sizes);
    expect(race.budget).toBe(b.budget);
  });

  it('every racer was recorded at every lag, with no run stopped early', () => {
    for (const racer of RACERS)
      for (const lag of LAGS) expect(recordedCell(race, racer, lag).stopped).toBeNull();
    expect(race.seed).toBe(1);
    expect(race.steps).toBe(400);
    // the settings the prose names: batches of 16, Adam at 0.02, clipping at norm 1
    expect(longLagTask.defaults.batch).toBe(16);
    expect(longLagTask.optimizer).toEqual({ type: 'adam', lr: 0.02 });
    expect(raceSettingsFor('transformer', 50, 8).clipNorm).toBe(1);
  });

  it('the transformer names every held-out symbol at lags 25 to 200, and 92% at lag 10', () => {
    for (const lag of [25, 50, 100, 200]) expect(acc('transformer', lag)).toBe(1);
    expect(Math.round(acc('transformer', 10) * 100)).toBe(92);
  });

  it('the RNN learns up to lag 50, is at chance at lag 100 (20%; guessing: 25%) and part way at lag 200', () => {
    for (const lag of [10, 25, 50]) expect(acc('rnn', lag)).toBe(1);
    expect(Math.round(acc('rnn', 100) * 100)).toBe(20);
    expect(acc('rnn', 200)).toBeGreaterThan(0.3);
    expect(acc('rnn', 200)).toBeLessThan(0.9);
  });

  it('the LSTM of 7 units is below half from lag 50 on, and the GRU learns at every lag', () => {
    for (const lag of [50, 100, 200]) expect(acc('lstm', lag)).toBeLessThan(0.5);
    for (const lag of LAGS) expect(acc('gru', lag)).toBe(1);
  });
});
