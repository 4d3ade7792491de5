// The step-time figure as a widget: the racers' sizes come from the recorded budget its figure embeds (so the page loads no engine to count them), and the steps run on a training worker.
import type { Widget } from '../../figure/widget.ts';
import { trainingChannels } from '../../training/trainingChannels.ts';
import type { Racer } from '../../models/raceRacers.ts';
import { type StepTimeModel, stepTimeModel } from './model.ts';
import { type StepTimeSchema, stepTimeSchema } from './state.ts';
import { stepTimeView } from './view.ts';

let sizes: Record<Racer, { hidden: number }> | null = null;
function recordedSizes(): Record<Racer, { hidden: number }> {
  if (sizes !== null) return sizes;
  const el = document.querySelector('script[data-race-sizes]');
  if (el === null) throw new Error('the race’s sizes are missing from the page');
  sizes = JSON.parse(el.textContent ?? '') as Record<Racer, { hidden: number }>;
  return sizes;
}

const widget: Widget<StepTimeSchema, StepTimeModel> = {
  schema: stepTimeSchema,
  model: (state, _signal, runs) => stepTimeModel(state, runs, recordedSizes(), () => trainingChannels(1)),
  view: stepTimeView,
};

export default widget;
