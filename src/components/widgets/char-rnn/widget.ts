// The char-RNN figure as a widget: every change of settings starts a fresh, seeded run in new workers (as
// many as the reader asks for, less the core the page keeps).
import type { Widget } from '../../figure/widget.ts';
import { runCores } from '../../training/runCores.ts';
import { newParallelTrainingWorker } from '../../training/trainingWorker.ts';
import { type CharRnnModel, charRnnModel } from './model.ts';
import { type CharRnnSchema, charRnnSchema } from './state.ts';
import { charRnnView } from './view.ts';

const widget: Widget<CharRnnSchema, CharRnnModel> = {
  schema: charRnnSchema,
  model: (state, _signal, runs) =>
    charRnnModel(
      state,
      runs,
      newParallelTrainingWorker,
      runCores(state.workers, globalThis.navigator?.hardwareConcurrency),
    ),
  view: charRnnView,
};

export default widget;
