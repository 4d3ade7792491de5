// The prose's claims about the finished race's accuracy (the long-lag task and digit reversal), checked on the recorded numbers the figure shows (recorded.test.ts checks that the recording is the engine's), and the budget the prose names, computed again.
import { describe, expect, it } from 'vitest';
import recorded from '../../recorded/recorded.json';
import { recordedCell } from './accuracyTable.ts';
import { budgetSizes } from '../../models/raceBudget.ts';
import { longLagTask } from '../../../tasks/longLag.ts';
import {
  LAGS,
  LENGTHS,
  RACERS,
  type Racer,
  racerConfig,
  raceSettingsFor,
  REVERSAL_DIGITS,
} from '../../models/raceRacers.ts';
import { longLagTransformerConfig } from '../../../tasks/longLagTransformer.ts';
import { raceReverseTask, raceReverseTransformerConfig } from '../../../tasks/raceReverse.ts';

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

const reversal = recorded.raceReversal;
const exact = (racer: Racer, n: number) => recordedCell(reversal, racer, n).accuracy;
const tokens = (racer: Racer, n: number) => recordedCell(reversal, racer, n).digit;
const RECURRENT: Racer[] = ['rnn', 'lstm', 'gru'];
const pct = (v: number) => Math.round(v * 100);

describe('digit reversal in the race, as the prose tells it', () => {
  it('nine tokens, as in the long-lag task, so the same 489-parameter transformer; RNN 14 units (471), LSTM 6 (447), GRU 8 (513)', () => {
    const c = (racer: Racer) => ({ ...raceReverseTask.defaults, ...racerConfig(racer, 5, 8, 'reversal') });
    expect(raceReverseTransformerConfig(c('transformer') as never).vocab).toBe(9);
    expect(raceReverseTransformerConfig(c('transformer') as never).vocab).toBe(
      longLagTransformerConfig({ symbols: 4, lag: 5, batch: 16, d: 8, heads: 2, layers: 1, mlp: 0 }).vocab,
    );
    const b = budgetSizes('reversal');
    expect(b.budget).toBe(489);
    expect(b.sizes).toEqual({
      rnn: { hidden: 14, params: 471 },
      lstm: { hidden: 6, params: 447 },
      gru: { hidden: 8, params: 513 },
      transformer: { hidden: 8, params: 489 },
    });
    expect(reversal.sizes).toEqual(b.sizes);
    expect([reversal.seed, reversal.steps]).toEqual([race.seed, race.steps]);
    expect(REVERSAL_DIGITS).toBe(6);
    for (const racer of RACERS)
      for (const n of LENGTHS) expect(recordedCell(reversal, racer, n).stopped).toBeNull();
  });

  it('the transformer reverses every held-out sequence of 3 and of 5 digits', () => {
    for (const n of [3, 5]) expect(exact('transformer', n)).toBe(1);
  });

  it('no recurrent model reverses half at n = 3 (best: the LSTM, 48%), and the best at n = 5 is the LSTM’s 6%', () => {
    for (const racer of RECURRENT) expect(exact(racer, 3)).toBeLessThan(0.5);
    expect(pct(exact('lstm', 3))).toBe(48);
    expect(Math.max(...RECURRENT.map((r) => exact(r, 3)))).toBe(exact('lstm', 3));
    expect(pct(exact('lstm', 5))).toBe(6);
    expect(Math.max(...RECURRENT.map((r) => exact(r, 5)))).toBe(exact('lstm', 5));
  });

  it('from n = 8 no recurrent model reverses one sequence whole; the transformer 6% at 8 and 16% at 12, with 75% and 87% of tokens', () => {
    for (const racer of RECURRENT) for (const n of [8, 12, 20]) expect(exact(racer, n)).toBe(0);
    expect([pct(exact('transformer', 8)), pct(exact('transformer', 12))]).toEqual([6, 16]);
    expect([pct(tokens('transformer', 8)), pct(tokens('transformer', 12))]).toEqual([75, 87]);
  });

  it('at n = 20 none reverses a sequence; the transformer writes 20% of tokens right, the recurrent cells 23% to 25%, all above one in six', () => {
    for (const racer of RACERS) expect(exact(racer, 20)).toBe(0);
    expect(pct(tokens('transformer', 20))).toBe(20);
    expect(RECURRENT.map((r) => pct(tokens(r, 20)))).toEqual([23, 25, 25]);
    for (const racer of RACERS) expect(tokens(racer, 20)).toBeGreaterThan(1 / 6);
  });
});
