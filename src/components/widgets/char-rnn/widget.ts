// The char-RNN figure as a widget: every change of settings starts a fresh, seeded run in a new worker.
import type { Widget } from '../../figure/widget.ts';
import { newTrainingWorker } from '../../training/trainingWorker.ts';
import { CharRnnSession } from './model.ts';
import { type CharRnnSchema, charRnnSchema } from './state.ts';
import { charRnnView } from './view.ts';

const widget: Widget<CharRnnSchema, CharRnnSession> = {
  schema: charRnnSchema,
  model: (state) => new CharRnnSession(state, newTrainingWorker),
  view: charRnnView,
};

export default widget;
