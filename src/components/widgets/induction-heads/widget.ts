// The induction-heads figure as a widget: a new seed starts a fresh, seeded run in a new worker; the chosen head only redraws.
import type { Widget } from '../../figure/widget.ts';
import { newTrainingWorker } from '../../training/trainingWorker.ts';
import { type InductionHeadsModel, inductionHeadsModel } from './model.ts';
import { type InductionHeadsSchema, inductionHeadsSchema } from './state.ts';
import { inductionHeadsView } from './view.ts';

const widget: Widget<InductionHeadsSchema, InductionHeadsModel> = {
  schema: inductionHeadsSchema,
  model: (state, _signal, runs) => inductionHeadsModel(state, runs, newTrainingWorker),
  view: inductionHeadsView,
};

export default widget;
