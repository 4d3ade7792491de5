// The step-time figure's model: one timing run (every model at every length, on a training worker), its measurements so far, and the chart and words they give.
import type { PortLike } from '../../../engine/index.ts';
import type { StateOf } from '../../figure/stateSchema.ts';
import type { FigureRun } from '../../training/figureRun.ts';
import type { Runs } from '../../training/figureRuns.ts';
import type { Racer } from '../../models/raceRacers.ts';
import { type StepChart, stepChart, stepText } from './stepChart.ts';
import type { StepTimeSchema } from './state.ts';
import { TimingRun } from './timingRun.ts';

export interface StepTimeModel {
  run: FigureRun<TimingRun>;
  chart(width: number): StepChart;
  text(): string;
}

/** `channels` gives a fresh port maker for each (re)start, so "Train again" times on a new worker. */
export function stepTimeModel(
  s: StateOf<StepTimeSchema>,
  runs: Runs,
  sizes: Record<Racer, { hidden: number }>,
  channels: () => () => PortLike & { terminate?(): void },
): StepTimeModel {
  const run = runs.get(`reps=${s.reps}`, () => [new TimingRun(channels(), sizes, s.reps)]);
  return {
    run,
    chart: (width) => stepChart(run.parts[0].timings, width),
    text: () => stepText(run.parts[0].timings),
  };
}
