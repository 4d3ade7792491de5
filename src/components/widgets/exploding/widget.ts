// The exploding-gradient figure as a widget: every change of settings starts a fresh, seeded run in a new worker.
import type { Widget } from '../../figure/widget.ts';
import { newTrainingWorker } from '../../training/trainingWorker.ts';
import { type ExplodingModel, explodingModel } from './model.ts';
import { type ExplodingSchema, explodingSchema } from './state.ts';
import { explodingView } from './view.ts';

const widget: Widget<ExplodingSchema, ExplodingModel> = {
  schema: explodingSchema,
  model: (state) => explodingModel(state, newTrainingWorker()),
  view: explodingView,
};

export default widget;
