// The runs the static first frames show, trained with the engine and the figures' own settings: the figures
// without JavaScript show what these runs did, labelled as recordings. scripts/record-runs.ts writes their
// output to recorded.json; recorded.test.ts re-runs the first steps and compares, so the file cannot drift
// from the engine unnoticed.
import { Trainer } from '../../tasks/index.ts';
import { defaults } from '../figure/stateSchema.ts';
import { pageModel, readDate } from '../models/translate.ts';
import { runSettings } from '../training/datesRun.ts';
import { HIDDEN } from '../widgets/attention-lab/model.ts';
import { attentionLabSchema } from '../widgets/attention-lab/state.ts';
import { explodingSettings } from '../widgets/exploding/model.ts';
import { explodingSchema } from '../widgets/exploding/state.ts';
import { raceSettings, SYMBOLS } from '../widgets/gate-race/model.ts';
import { gateRaceSchema } from '../widgets/gate-race/state.ts';
import { CELLS, type Cell, outcome, verdict } from '../widgets/gate-race/verdict.ts';

/** Four significant digits: enough for a chart and a readout, small enough to commit. */
const round = (v: number) => Number(v.toPrecision(4));

/** Runs `settings` for up to `steps` steps; stops at the first step that is not ok. */
function losses(settings: ConstructorParameters<typeof Trainer>[0], steps: number) {
  const t = new Trainer(settings);
  const loss: number[] = [];
  for (let i = 0; i < steps; i++) {
    const r = t.step();
    if (r.status !== 'ok') return { loss, stopped: { step: r.step, status: r.status }, trainer: t };
    loss.push(round(r.loss));
  }
  return { loss, stopped: null, trainer: t };
}

const strip = <T extends { maxSteps: number; reportEveryMs?: number }>(s: T) => {
  const { maxSteps: _m, reportEveryMs: _r, ...rest } = s;
  return rest;
};

/** Chapter 4's exploding run at its defaults, without clipping and with it. */
export function recordExploding(steps?: number) {
  const d = defaults(explodingSchema);
  const free = explodingSettings(d);
  const clipped = explodingSettings({ ...d, clip: true });
  const n = steps ?? free.maxSteps;
  return {
    seed: d.seed,
    lr: d.lr,
    maxNorm: d.maxNorm,
    free: losses(strip(free), n),
    clipped: losses(strip(clipped), steps ?? clipped.maxSteps),
  };
}

/** Chapter 5's race at its defaults (seed, lag): the three cells' losses and the verdict. */
export function recordRace(steps?: number) {
  const d = defaults(gateRaceSchema);
  const runs = {} as Record<Cell, { loss: number[]; stopped: unknown }>;
  for (const cell of CELLS) {
    const s = raceSettings(d, cell);
    const r = losses(strip(s), steps ?? s.maxSteps);
    runs[cell] = { loss: r.loss, stopped: r.stopped };
  }
  const outcomes = {} as Record<Cell, ReturnType<typeof outcome>>;
  for (const cell of CELLS)
    outcomes[cell] = outcome(
      runs[cell].loss.map((loss, i) => ({ step: i + 1, loss, gradNorm: 0 })),
      SYMBOLS,
      true,
      runs[cell].stopped !== null,
    );
  return { seed: d.seed, lag: d.lag, runs, outcomes, verdict: verdict(d.lag, outcomes).text };
}

/** Chapter 7's attention lab at its defaults, trained `steps` steps: its reading of the default date. */
export function recordAttention(steps: number) {
  const d = defaults(attentionLabSchema);
  const settings = strip(
    runSettings({
      attention: d.kind,
      hidden: HIDDEN,
      seed: d.seed,
      maxSteps: steps,
      evalPerBand: 30,
      evalEveryMs: 0,
    }),
  );
  const r = losses(settings, steps);
  const reading = readDate(pageModel(d.kind, HIDDEN, d.seed, r.trainer.snapshot()), d.text);
  return {
    seed: d.seed,
    kind: d.kind,
    steps,
    loss: r.loss,
    text: d.text,
    prediction: reading.prediction,
    chars: reading.chars,
    outputs: reading.outputs,
    weights: reading.weights.map((row) => row.map(round)),
  };
}
