// The bottleneck figure as a widget: every change of settings starts a fresh, seeded run in a new worker.
import type { Widget } from '../../figure/widget.ts';
import { newTrainingWorker } from '../../training/trainingWorker.ts';
import { type BottleneckModel, bottleneckModel } from './model.ts';
import { type BottleneckSchema, bottleneckSchema } from './state.ts';
import { bottleneckView } from './view.ts';

let last: BottleneckModel | null = null;

const widget: Widget<BottleneckSchema, BottleneckModel> = {
  schema: bottleneckSchema,
  model: (state) => {
    last = bottleneckModel(state, newTrainingWorker, last);
    return last;
  },
  view: bottleneckView,
};

export default widget;
