// The recorded runs the static first frames show are real engine output: the first steps of each are trained
// again here, with the figures' current settings, and must match the committed recording.
import { describe, expect, it } from 'vitest';
import recorded from './recorded.json';
import { recordAttention, recordExploding, recordRace } from './recordRuns.ts';

const FIRST = 5;

describe('recorded runs match the engine', () => {
  it("Chapter 4's exploding run: the first steps with and without clipping, and where the free run stopped", () => {
    const again = recordExploding(FIRST);
    expect(again.clipped.loss).toEqual(recorded.exploding.clipped.loss.slice(0, FIRST));
    expect(again.free.loss).toEqual(recorded.exploding.free.loss.slice(0, FIRST));
    expect(again.free.stopped).toEqual(recorded.exploding.free.stopped);
    expect([again.seed, again.lr, again.maxNorm]).toEqual([
      recorded.exploding.seed,
      recorded.exploding.lr,
      recorded.exploding.maxNorm,
    ]);
  });

  it("Chapter 5's race: the first steps of each cell, at the recorded seed and lag", () => {
    const again = recordRace(FIRST);
    expect([again.seed, again.lag]).toEqual([recorded.race.seed, recorded.race.lag]);
    for (const cell of ['rnn', 'lstm', 'gru'] as const)
      expect(again.runs[cell].loss).toEqual(recorded.race.runs[cell].loss.slice(0, FIRST));
  });

  it("Chapter 7's attention run: the first steps, at the recorded seed and kind", () => {
    const again = recordAttention(FIRST);
    expect([again.seed, again.kind, again.text]).toEqual([
      recorded.attention.seed,
      recorded.attention.kind,
      recorded.attention.text,
    ]);
    expect(again.loss).toEqual(recorded.attention.loss.slice(0, FIRST));
  });

  it('every recorded number is finite and every alignment row sums to 1', () => {
    for (const row of recorded.attention.weights) {
      expect(row.every(Number.isFinite)).toBe(true);
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 2);
    }
    for (const cell of ['rnn', 'lstm', 'gru'] as const)
      expect(recorded.race.runs[cell].loss.every(Number.isFinite)).toBe(true);
  });

  it('the recorded alignment is what the static frame says: year digits on "1979", month on "May", day on "3rd"', () => {
    const { chars, weights, text, prediction } = recorded.attention;
    expect(prediction).toBe('1979-05-03');
    const lower = text.toLowerCase();
    const span = (word: string, extra = 0) => {
      const at = lower.indexOf(word);
      return [at, at + word.length - 1 + extra];
    };
    const look = (row: number) => weights[row].indexOf(Math.max(...weights[row]));
    const inside = (row: number, [a, b]: number[]) => look(row) >= a && look(row) <= b;
    expect(chars.join('')).toBe(lower);
    for (const row of [0, 1, 2, 3]) expect(inside(row, span('1979'))).toBe(true);
    for (const row of [5, 6]) expect(inside(row, span('may'))).toBe(true);
    // the day's second digit looks at the space after "3rd", where the day ends
    for (const row of [8, 9]) expect(inside(row, span('3rd', 1))).toBe(true);
  });
});
