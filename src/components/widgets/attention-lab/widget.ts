// The attention figure as a widget: a new kind or seed starts a fresh, seeded run in a new worker; typing and stepping keep the run.
import type { Widget } from '../../figure/widget.ts';
import { newTrainingWorker } from '../../training/trainingWorker.ts';
import { type AttentionLabModel, attentionLabModel } from './model.ts';
import { type AttentionLabSchema, attentionLabSchema } from './state.ts';
import { attentionLabView } from './view.ts';

const widget: Widget<AttentionLabSchema, AttentionLabModel> = {
  schema: attentionLabSchema,
  model: (state, _signal, runs) => attentionLabModel(state, runs, newTrainingWorker),
  view: attentionLabView,
};

export default widget;
