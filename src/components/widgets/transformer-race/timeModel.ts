// The step-time figure's model: one timing run (every model at every length, in a worker), its measurements so far, and the chart and words they give.
import type { StateOf } from '../../figure/stateSchema.ts';
import type { FigureRun } from '../../training/figureRun.ts';
import type { Runs } from '../../training/figureRuns.ts';
import { type StepChart, stepChart, stepText } from './stepChart.ts';
import type { StepTimeSchema } from './timeState.ts';
import { type TimingPort, TimingRun } from './timingRun.ts';

export interface StepTimeModel {
  run: FigureRun<TimingRun>;
  chart(width: number): StepChart;
  text(): string;
}

export function stepTimeModel(
  s: StateOf<StepTimeSchema>,
  runs: Runs,
  worker: () => TimingPort,
): StepTimeModel {
  const run = runs.get(`reps=${s.reps}`, () => [new TimingRun(worker(), s.reps)]);
  return {
    run,
    chart: (width) => stepChart(run.parts[0].timings, width),
    text: () => stepText(run.parts[0].timings),
  };
}
