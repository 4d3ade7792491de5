// The step timer: a warm-up step is not timed, the median of the timed steps is, and every racer trains at every length of the figure without an error.
import { describe, expect, it } from 'vitest';
import { RACERS } from './racers.ts';
import { timeSteps } from './timing.ts';
import { CELLS } from './timingCells.ts';

describe('timeSteps', () => {
  it('reads the clock once before and once after each timed step and gives their median', () => {
    let t = 0;
    const gaps = [7, 1, 3]; // the step times the clock reports, in turn
    let i = 0;
    let before = true;
    const now = () => {
      if (!before) t += gaps[i++];
      before = !before;
      return t;
    };
    expect(timeSteps('rnn', 25, 3, now)).toEqual({ racer: 'rnn', length: 25, ms: 3 });
  });

  it('times all four racers at every length (5 lengths × 4 models)', () => {
    expect(CELLS).toHaveLength(20);
    for (const racer of RACERS) expect(timeSteps(racer, 25, 1).ms).toBeGreaterThan(0);
  });
});
