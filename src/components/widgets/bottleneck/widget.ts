// The bottleneck figure as a widget: a new task, context size or seed starts a fresh, seeded run in a new worker; typing keeps the run.
import type { Widget } from '../../figure/widget.ts';
import { newTrainingWorker } from '../../training/trainingWorker.ts';
import { type BottleneckModel, bottleneckModel } from './model.ts';
import { type BottleneckSchema, bottleneckSchema } from './state.ts';
import { bottleneckView } from './view.ts';

const widget: Widget<BottleneckSchema, BottleneckModel> = {
  schema: bottleneckSchema,
  model: (state, _signal, runs) => bottleneckModel(state, runs, newTrainingWorker),
  view: bottleneckView,
};

export default widget;
