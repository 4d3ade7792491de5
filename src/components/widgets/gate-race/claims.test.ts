// The prose's claims about the race, checked with the widget's own settings and verdict rule in Node:
// the verdict depends on the seed (seed 2 alone lets the RNN cross 50 steps), and near lag 100 the LSTM needs
// more steps than the race allows. The default (seed 1, lag 50: gated-win) is checked in the browser e2e.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Trainer } from '../../../tasks/index.ts';
import type { Point } from '../../training/trainingRun.ts';
import { MAX_STEPS, raceSettings, SYMBOLS } from './model.ts';
import { type Cell, outcome } from './verdict.ts';

function race(cell: Cell, lag: number, seed: number) {
  const { maxSteps, reportEveryMs: _, ...settings } = raceSettings({ lag, seed }, cell);
  const t = new Trainer(settings);
  const points: Point[] = [];
  for (let i = 0; i < maxSteps; i++) {
    const r = t.step();
    if (r.status !== 'ok') return outcome(points, SYMBOLS, false, true);
    points.push({ step: i + 1, loss: r.loss, gradNorm: r.gradNorm });
  }
  return outcome(points, SYMBOLS, true, false);
}

describe('race claims in the prose', () => {
  it(`at lag 50 the RNN learns within the race's ${MAX_STEPS} steps on seed 2 and on no other seed of the slider`, () => {
    const learned = [1, 2, 3, 4, 5, 6, 7, 8, 9].filter((seed) => race('rnn', 50, seed) === 'learned');
    expect(learned).toEqual([2]);
  }, 120_000);

  it('on seed 2 at lag 50 the LSTM does not learn: it ends partway, as the prose says beside the link', () => {
    expect(race('lstm', 50, 2)).toBe('partial');
    const text = readFileSync(
      new URL('../../../content/chapters/05-gates.mdx', import.meta.url),
      'utf8',
    ).replace(/\s+/g, ' ');
    expect(text).toContain(
      'while on that same seed the LSTM does not: its loss ends partway down, neither learned nor at chance',
    );
  }, 60_000);

  it('at lag 100 (seed 1) the LSTM has not learned within the race and the GRU has', () => {
    expect(race('lstm', 100, 1)).not.toBe('learned');
    expect(race('gru', 100, 1)).toBe('learned');
  }, 60_000);
});
