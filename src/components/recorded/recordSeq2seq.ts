// The runs the static frames of the char-RNN (Chapter 3), bottleneck (Chapter 6) and length-curves (Chapter 7)
// figures show: the engine trained with each figure's default settings and its own step count, and what it
// then wrote and scored. scripts/record-runs.ts writes them into recorded.json; recorded.test.ts re-runs
// their first steps.
import { Trainer } from '../../tasks/index.ts';
import { defaults } from '../figure/stateSchema.ts';
import { pageModel, readDate } from '../models/translate.ts';
import { type Band, runSettings, toBands } from '../training/datesRun.ts';
import { readDigits, reverseConfig, reverseModel } from '../training/reverse.ts';
import { bottleneckSchema, taskText } from '../widgets/bottleneck/state.ts';
import { MAX_STEPS as BOTTLENECK_STEPS, SHORT, SHORT_DIGITS } from '../widgets/bottleneck/model.ts';
import { charRnnSettings, FIRST_SAMPLE, sampleFrom } from '../widgets/char-rnn/model.ts';
import { charRnnSchema } from '../widgets/char-rnn/state.ts';
import {
  HIDDEN as CURVES_HIDDEN,
  MAX_STEPS as CURVES_STEPS,
  MODELS,
} from '../widgets/length-curves/model.ts';
import { lengthCurvesSchema } from '../widgets/length-curves/state.ts';

/** Four significant digits: enough for a chart and a readout, small enough to commit. */
const round = (v: number) => Number(v.toPrecision(4));
const roundBands = (bands: Band[]) =>
  bands.map((b) => ({ lo: b.lo, hi: b.hi, exact: round(b.exact), char: round(b.char) }));

/** Trains `trainer` for `steps` steps (fewer if it stops), returning the losses; `each` sees every step. */
function train(trainer: Trainer, steps: number, each?: (step: number) => void) {
  const loss: number[] = [];
  let stopped: { step: number; status: string } | null = null;
  for (let i = 0; i < steps; i++) {
    const r = trainer.step();
    if (r.status !== 'ok') {
      stopped = { step: r.step, status: r.status };
      break;
    }
    loss.push(round(r.loss));
    each?.(i + 1);
  }
  return { loss, stopped };
}

/** Chapter 3's char-RNN at its defaults: the loss of every step and text sampled at 0, 50, 100, 200, … and the end, as the live figure samples. */
export function recordCharRnn(steps?: number) {
  const d = defaults(charRnnSchema);
  const { maxSteps, reportEveryMs: _r, ...settings } = charRnnSettings(d);
  const n = steps ?? maxSteps;
  const trainer = new Trainer(settings);
  const sample = (step: number) => ({ step, text: sampleFrom(trainer.snapshot(), d.hidden, d.seed) });
  const samples = [sample(0)];
  let nextAt = FIRST_SAMPLE;
  const run = train(trainer, n, (step) => {
    if (step >= nextAt || step === n) {
      samples.push(sample(step));
      nextAt = Math.max(FIRST_SAMPLE, 2 * step);
    }
  });
  return { seed: d.seed, lr: d.lr, hidden: d.hidden, steps: n, ...run, samples };
}

/** What a recording changes from a figure's defaults, as a reader's link would (`?bottleneck.task=reverse`). */
type BottleneckChoice = { task?: 'dates' | 'reverse'; context?: '8' | '16' | '32' | '64' };

/**
 * Chapter 6's bottleneck at its defaults (dates, 32 numbers) or another task and context size: held-out
 * exact match by input length after training, and its reading of the task's text and of the short input.
 */
export function recordBottleneck(steps?: number, choice: BottleneckChoice = {}) {
  const d = { ...defaults(bottleneckSchema), ...choice };
  const hidden = Number(d.context);
  const n = steps ?? BOTTLENECK_STEPS;
  const {
    maxSteps: _m,
    reportEveryMs: _r,
    ...settings
  } = runSettings({
    task: d.task,
    reverseConfig: reverseConfig(hidden),
    attention: 'none',
    hidden,
    seed: d.seed,
    maxSteps: n,
    evalPerBand: 30,
    evalEveryMs: 0,
  });
  const trainer = new Trainer(settings);
  const run = train(trainer, n);
  const bands = roundBands(toBands(trainer.evaluate(), d.task));
  const text = taskText(d.task, d.text);
  const readings =
    d.task === 'reverse'
      ? (() => {
          const m = reverseModel(hidden, trainer.snapshot());
          return { short: readDigits(m, SHORT_DIGITS), typed: readDigits(m, text) };
        })()
      : (() => {
          const m = pageModel('none', hidden, d.seed, trainer.snapshot());
          return { short: readDate(m, SHORT), typed: readDate(m, text) };
        })();
  return {
    seed: d.seed,
    task: d.task,
    context: hidden,
    steps: n,
    loss: run.loss,
    stopped: run.stopped,
    bands,
    text,
    prediction: readings.typed.prediction,
    short: d.task === 'reverse' ? SHORT_DIGITS : SHORT,
    shortPrediction: readings.short.prediction,
  };
}

/** Chapter 7's three encoder–decoders on dates (or digit reversal) at the default seed: held-out exact match and character accuracy by input length after the figure's step count. */
export function recordLengthCurves(steps?: number, task?: 'dates' | 'reverse') {
  const d = { ...defaults(lengthCurvesSchema), ...(task ? { task } : {}) };
  const n = steps ?? CURVES_STEPS;
  const models = MODELS.map((m) => {
    const {
      maxSteps: _m,
      reportEveryMs: _r,
      ...settings
    } = runSettings({
      task: d.task,
      reverseConfig: reverseConfig(CURVES_HIDDEN, m.attention),
      attention: m.attention,
      hidden: CURVES_HIDDEN,
      seed: d.seed,
      maxSteps: n,
      evalPerBand: 30,
      evalEveryMs: 0,
    });
    const trainer = new Trainer(settings);
    const run = train(trainer, n);
    return {
      attention: m.attention,
      loss: run.loss,
      stopped: run.stopped,
      bands: roundBands(toBands(trainer.evaluate(), d.task)),
    };
  });
  return { seed: d.seed, task: d.task, steps: n, models };
}
