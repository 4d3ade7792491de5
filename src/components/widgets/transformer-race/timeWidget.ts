// The step-time figure as a widget: its timing worker is a module worker Vite bundles from this literal URL.
import type { Widget } from '../../figure/widget.ts';
import { type StepTimeModel, stepTimeModel } from './timeModel.ts';
import { type StepTimeSchema, stepTimeSchema } from './timeState.ts';
import { stepTimeView } from './timeView.ts';

const widget: Widget<StepTimeSchema, StepTimeModel> = {
  schema: stepTimeSchema,
  model: (state, _signal, runs) =>
    stepTimeModel(
      state,
      runs,
      () => new Worker(new URL('./timing.worker.ts', import.meta.url), { type: 'module' }),
    ),
  view: stepTimeView,
};

export default widget;
