// The run the induction-heads figure's static frame shows (Chapter 8): the engine's 'induction' task at the
// figure's settings, evaluated every EVAL_EVERY steps exactly as the live figure evaluates it, the step where
// the copy forms, and every head's scores on the figure's repeated sequence at the end.
// scripts/record-runs.ts writes it into recorded.json; recorded.test.ts re-runs its first steps.
import { Trainer } from '../../tasks/index.ts';
import { EVAL_EVERY } from '../widgets/induction-heads/inductionRun.ts';
import { inductionSettings, MAX_STEPS, readHeads } from '../widgets/induction-heads/model.ts';
import { formedAt } from '../widgets/induction-heads/scores.ts';

/** Four significant digits: enough for a chart and a readout, small enough to commit. */
const round = (v: number) => Number(v.toPrecision(4));

export function recordInduction(steps = MAX_STEPS, seed = 1) {
  const { maxSteps: _m, reportEveryMs: _r, ...settings } = inductionSettings(seed);
  const trainer = new Trainer(settings);
  const evaluations: { step: number; first: number; second: number }[] = [];
  const measure = () => {
    const m = trainer.evaluate();
    evaluations.push({
      step: trainer.stepCount,
      first: round(m.firstCopyLoss),
      second: round(m.secondCopyLoss),
    });
  };
  measure();
  let stopped: { step: number; status: string } | null = null;
  while (trainer.stepCount < steps && stopped === null) {
    for (let k = 0; k < EVAL_EVERY && trainer.stepCount < steps; k++) {
      const r = trainer.step();
      if (r.status !== 'ok') {
        stopped = { step: r.step, status: r.status };
        break;
      }
    }
    measure();
  }
  const heads = readHeads({ step: trainer.stepCount, metrics: trainer.evaluate() });
  const round2 = (h: { layer: number; head: number; induction: number; previous: number }) => ({
    layer: h.layer,
    head: h.head,
    induction: round(h.induction),
    previous: round(h.previous),
  });
  return {
    seed,
    steps,
    evalEvery: EVAL_EVERY,
    evaluations,
    stopped,
    formedAt: formedAt(evaluations)?.step ?? null,
    scores: heads.scores.map(round2),
    induction: round2(heads.induction),
    previous: round2(heads.previous),
  };
}
