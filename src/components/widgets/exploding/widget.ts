// The exploding-gradient figure as a widget: every change of settings starts a fresh, seeded run in a new worker.
import type { Widget } from '../../figure/widget.ts';
import { type ExplodingModel, explodingModel } from './model.ts';
import { type ExplodingSchema, explodingSchema } from './state.ts';
import { explodingView } from './view.ts';

const widget: Widget<ExplodingSchema, ExplodingModel> = {
  schema: explodingSchema,
  model: (state) =>
    explodingModel(
      state,
      new Worker(new URL('../../../engine/worker/train.worker.ts', import.meta.url), { type: 'module' }),
    ),
  view: explodingView,
};

export default widget;
