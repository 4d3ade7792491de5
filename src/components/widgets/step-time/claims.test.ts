// The prose's claims about step time against sequence length, checked on the timing the static frame shows (recorded in Node by the same timeCell the page uses; the live numbers are the reader's machine's, printed by the e2e run and not asserted).
import { describe, expect, it } from 'vitest';
import type { Racer } from '../../models/raceRacers.ts';
import recorded from '../../recorded/recorded.json';
import { growth } from './stepChart.ts';
import { LENGTHS } from './timingCells.ts';

const timings = recorded.raceFinished.stepMs.map((t) => ({ ...t, racer: t.racer as Racer }));
const ms = (racer: Racer, length: number) =>
  timings.find((t) => t.racer === racer && t.length === length)?.ms ?? Number.NaN;

describe('step time, as the prose tells it', () => {
  it('in the recorded timing the transformer is the slowest at every length, at least twice the RNN', () => {
    for (const length of LENGTHS) {
      for (const racer of ['rnn', 'lstm', 'gru'] as const)
        expect(ms('transformer', length)).toBeGreaterThan(ms(racer, length));
      expect(ms('transformer', length)).toBeGreaterThan(2 * ms('rnn', length));
    }
  });

  it('from T = 100 to 400 the RNN’s step grows about fourfold and the transformer’s the most, more than twice as much (the exercise’s answer)', () => {
    const g = growth(timings);
    const t = g.transformer as number;
    for (const racer of ['rnn', 'lstm', 'gru'] as const) expect(t).toBeGreaterThan(g[racer] as number);
    expect(t).toBeGreaterThan(2 * (g.rnn as number));
    expect(g.rnn).toBeGreaterThan(3);
    expect(g.rnn).toBeLessThan(5);
  });
});
