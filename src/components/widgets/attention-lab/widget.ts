// The attention figure as a widget: a new kind or seed starts a fresh, seeded run in a new worker; typing and stepping keep the run.
import type { Widget } from '../../figure/widget.ts';
import { newTrainingWorker } from '../../training/trainingWorker.ts';
import { type AttentionLabModel, attentionLabModel } from './model.ts';
import { type AttentionLabSchema, attentionLabSchema } from './state.ts';
import { attentionLabView } from './view.ts';

let last: AttentionLabModel | null = null;

const widget: Widget<AttentionLabSchema, AttentionLabModel> = {
  schema: attentionLabSchema,
  model: (state) => {
    last = attentionLabModel(state, newTrainingWorker, last);
    return last;
  },
  view: attentionLabView,
};

export default widget;
