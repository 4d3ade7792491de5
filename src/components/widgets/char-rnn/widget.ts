// The char-RNN figure as a widget: every change of settings starts a fresh, seeded run in a new worker.
import type { Widget } from '../../figure/widget.ts';
import { newTrainingWorker } from '../../training/trainingWorker.ts';
import { type CharRnnModel, charRnnModel } from './model.ts';
import { type CharRnnSchema, charRnnSchema } from './state.ts';
import { charRnnView } from './view.ts';

const widget: Widget<CharRnnSchema, CharRnnModel> = {
  schema: charRnnSchema,
  model: (state, _signal, runs) => charRnnModel(state, runs, newTrainingWorker),
  view: charRnnView,
};

export default widget;
