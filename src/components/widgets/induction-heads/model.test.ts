// The live induction figure, driven through the worker protocol over a MessageChannel: evaluations fall on exact multiples of EVAL_EVERY and the same seed gives the same numbers; the scores and the criterion for the copy, on maps whose answer is known.
import { describe, expect, it } from 'vitest';
import { inProcessTrainers } from '../../../tasks/inProcessTrainers.ts';
import { inductionTask } from '../../../tasks/index.ts';
import { defaults } from '../../figure/stateSchema.ts';
import { FigureRuns } from '../../training/figureRuns.ts';
import { EVAL_EVERY, InductionRun } from './inductionRun.ts';
import { inductionHeadsModel, inductionSettings, PROBE } from './model.ts';
import { copyText, headText, mechanismText } from './readout.ts';
import { evenScores, formedAt, inductionScore, pickHeads, previousTokenScore } from './scores.ts';
import { inductionHeadsSchema } from './state.ts';

const trainers = inProcessTrainers();
const port = () => trainers.port();

function until(run: InductionRun, done: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const off = run.onChange(() => {
      if (done()) {
        off();
        resolve();
      }
    });
  });
}

async function evaluations(steps: number) {
  const run = new InductionRun(port(), { ...inductionSettings(1), maxSteps: steps });
  await until(run, () => run.status?.status === 'done');
  const ev = run.evaluations;
  run.dispose();
  return ev;
}

describe('induction figure run', () => {
  it('evaluates the untrained model, then at every multiple of EVAL_EVERY, and ends done', async () => {
    const ev = await evaluations(3 * EVAL_EVERY);
    expect(ev.map((e) => e.step)).toEqual([0, EVAL_EVERY, 2 * EVAL_EVERY, 3 * EVAL_EVERY]);
    const lnV = Math.log(inductionTask.defaults.vocab);
    expect(Math.abs(ev[0].first - lnV)).toBeLessThan(0.2);
    trainers.closeAll();
  }, 60_000);

  it('the same seed gives the same evaluations', async () => {
    const a = await evaluations(2 * EVAL_EVERY);
    const b = await evaluations(2 * EVAL_EVERY);
    expect(b).toEqual(a);
    trainers.closeAll();
  }, 60_000);

  it('pausing holds the run between chunks, and starting again goes on', async () => {
    const run = new InductionRun(port(), { ...inductionSettings(1), maxSteps: 4 * EVAL_EVERY });
    await until(run, () => run.step >= EVAL_EVERY);
    run.pause();
    await until(run, () => run.status?.status === 'paused');
    const held = run.step;
    expect(held % EVAL_EVERY).toBe(0);
    run.start();
    await until(run, () => run.status?.status === 'done');
    expect(run.evaluations.at(-1)?.step).toBe(4 * EVAL_EVERY);
    run.dispose();
    trainers.closeAll();
  }, 60_000);

  it('the model reads every head from the worker’s latest evaluation: 2 layers of 2 causal maps over the repeated sequence', async () => {
    const figureRuns = new FigureRuns();
    const m = inductionHeadsModel(defaults(inductionHeadsSchema), figureRuns.forRender(), port);
    expect(m.heads()).toBeNull();
    const part = m.run.parts[0];
    await until(part, () => part.latest !== null);
    const h = m.heads()!;
    expect(h.maps).toHaveLength(2);
    expect(h.maps[0]).toHaveLength(2);
    expect(h.tokens).toHaveLength(24);
    // the probe ends with its ℓ tokens twice, after random filler
    expect(h.tokens.slice(24 - 2 * PROBE.half, 24 - PROBE.half)).toEqual(h.tokens.slice(24 - PROBE.half));
    for (const row of h.maps[1][0]) expect(Math.abs(row.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-9);
    figureRuns.disposeAll();
    trainers.closeAll();
  }, 60_000);
});

describe('induction scores and the copy criterion', () => {
  const L = 4;
  const T = 2 * L;
  const oneHot = (to: (i: number) => number) =>
    Array.from({ length: T }, (_, i) => Array.from({ length: T }, (_, j) => (j === to(i) ? 1 : 0)));

  it('a head that looks at the token after the previous occurrence scores 1; one that looks back one place scores 1 as a previous-token head', () => {
    const induction = oneHot((i) => (i >= L ? i - L + 1 : i));
    expect(inductionScore(induction, L)).toBe(1);
    const previous = oneHot((i) => Math.max(0, i - 1));
    expect(previousTokenScore(previous)).toBe(1);
    expect(inductionScore(previous, L)).toBe(0);
  });

  it('an even spread gives the yardstick scores', () => {
    const even = Array.from({ length: T }, (_, i) =>
      Array.from({ length: T }, (_, j) => (j <= i ? 1 / (i + 1) : 0)),
    );
    const e = evenScores(T, L);
    expect(Math.abs(inductionScore(even, L) - e.induction)).toBeLessThan(1e-12);
    expect(Math.abs(previousTokenScore(even) - e.previous)).toBeLessThan(1e-12);
  });

  it('the copy forms at the first evaluation with second-copy loss below half the first', () => {
    const ev = [
      { step: 0, first: 2.8, second: 2.8 },
      { step: 10, first: 2.8, second: 1.5 },
      { step: 20, first: 2.8, second: 1.3 },
      { step: 30, first: 2.8, second: 0.1 },
    ];
    expect(formedAt(ev)?.step).toBe(20);
    expect(formedAt(ev.slice(0, 2))).toBeNull();
    expect(copyText(ev)).toMatch(/formed at step 20/);
    expect(copyText([])).not.toMatch(/NaN|undefined/);
  });

  it('the words name an induction circuit only when a second-layer induction head and a first-layer previous-token head both stand out', () => {
    const e = evenScores(24, 12);
    const circuit = pickHeads([
      { layer: 1, head: 1, induction: 0.05, previous: 0.9 },
      { layer: 1, head: 2, induction: 0.05, previous: 0.1 },
      { layer: 2, head: 1, induction: 0.9, previous: 0.05 },
      { layer: 2, head: 2, induction: 0.05, previous: 0.1 },
    ]);
    expect(mechanismText(circuit, e, 12)).toMatch(/layer 1, head 1 .*induction circuit/);
    expect(headText(circuit.induction, circuit, e)).toMatch(/the induction head/);
    const positional = pickHeads([
      { layer: 1, head: 1, induction: 0.9, previous: 0.09 },
      { layer: 1, head: 2, induction: 0.8, previous: 0.09 },
      { layer: 2, head: 1, induction: 0.07, previous: 0.06 },
      { layer: 2, head: 2, induction: 0.07, previous: 0.06 },
    ]);
    expect(mechanismText(positional, e, 12)).toMatch(
      /no first-layer head looks at the previous token.*11 positions/,
    );
    const none = pickHeads([
      { layer: 1, head: 1, induction: 0.06, previous: 0.12 },
      { layer: 2, head: 1, induction: 0.06, previous: 0.12 },
    ]);
    expect(mechanismText(none, e, 12)).toMatch(/^No head/);
  });
});
