// The race's verdict is read off the runs' losses against the loss of guessing, ln K.
import { describe, expect, it } from 'vitest';
import { defaults } from '../../figure/stateSchema.ts';
import { raceSettings } from './model.ts';
import { gateRaceSchema } from './state.ts';
import { outcome, verdict } from './verdict.ts';

const pts = (loss: number) => Array.from({ length: 6 }, (_, i) => ({ step: i + 1, loss, gradNorm: 1 }));

describe('race verdict', () => {
  it('classifies a finished run by its last losses', () => {
    expect(outcome(pts(0.01), 4, true, false)).toBe('learned');
    expect(outcome(pts(1.38), 4, true, false)).toBe('chance');
    expect(outcome(pts(0.6), 4, true, false)).toBe('partial');
    expect(outcome(pts(0.01), 4, false, false)).toBe('running');
    expect(outcome(pts(0.01), 4, false, true)).toBe('stopped');
  });

  it('says the gated cells win only when both learned and the RNN stayed at chance', () => {
    expect(verdict(50, { rnn: 'chance', lstm: 'learned', gru: 'learned' }).kind).toBe('gated-win');
    expect(verdict(5, { rnn: 'learned', lstm: 'learned', gru: 'learned' }).kind).toBe('all-learn');
    expect(verdict(50, { rnn: 'running', lstm: 'learned', gru: 'learned' }).kind).toBe('pending');
    const mixed = verdict(50, { rnn: 'chance', lstm: 'learned', gru: 'partial' });
    expect(mixed.text).toBe('Verdict at lag 50: the LSTM learned; the RNN and GRU did not.');
  });

  it('a run stopped by an overflow has no result, and the others are still judged', () => {
    const one = verdict(50, { rnn: 'stopped', lstm: 'learned', gru: 'learned' });
    expect(one.kind).toBe('mixed');
    expect(one.text).toBe(
      'Verdict at lag 50: the LSTM and GRU learned; the RNN stopped on an overflow, so it has no result.',
    );
    expect(verdict(50, { rnn: 'stopped', lstm: 'chance', gru: 'stopped' }).text).toBe(
      'Verdict at lag 50: the LSTM did not; the RNN and GRU stopped on an overflow, so they have no result.',
    );
  });

  it('gives each cell the same seed and task settings', () => {
    const s = defaults(gateRaceSchema);
    const a = raceSettings(s, 'rnn');
    const b = raceSettings(s, 'lstm');
    expect(a.seed).toBe(b.seed);
    expect({ ...a.config, cell: 'x' }).toEqual({ ...b.config, cell: 'x' });
    expect(a.task).toBe('long-lag');
  });

  it('reads every step, so the verdict does not depend on how fast the workers report', () => {
    expect(raceSettings(defaults(gateRaceSchema), 'gru').reportEveryMs).toBe(0);
    const early = Array.from({ length: 380 }, (_, i) => ({ step: i + 1, loss: 1.3, gradNorm: 1 }));
    const late = Array.from({ length: 20 }, (_, i) => ({ step: 381 + i, loss: 0.01, gradNorm: 1 }));
    expect(outcome([...early, ...late], 4, true, false)).toBe('learned');
  });
});
