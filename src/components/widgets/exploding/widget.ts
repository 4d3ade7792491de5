// The exploding-gradient figure as a widget: every change of the run's settings starts a fresh, seeded run in a new worker.
import type { Widget } from '../../figure/widget.ts';
import { newTrainingWorker } from '../../training/trainingWorker.ts';
import { type ExplodingModel, explodingModel } from './model.ts';
import { type ExplodingSchema, explodingSchema } from './state.ts';
import { explodingView } from './view.ts';

const widget: Widget<ExplodingSchema, ExplodingModel> = {
  schema: explodingSchema,
  model: (state, _signal, runs) => explodingModel(state, runs, newTrainingWorker),
  view: explodingView,
};

export default widget;
