// The char-RNN figure as a widget: every change of settings starts a fresh, seeded run in a new worker.
import type { Widget } from '../../figure/widget.ts';
import { CharRnnSession } from './model.ts';
import { type CharRnnSchema, charRnnSchema } from './state.ts';
import { charRnnView } from './view.ts';

const widget: Widget<CharRnnSchema, CharRnnSession> = {
  schema: charRnnSchema,
  model: (state) =>
    new CharRnnSession(
      state,
      () =>
        new Worker(new URL('../../../engine/worker/train.worker.ts', import.meta.url), { type: 'module' }),
    ),
  view: charRnnView,
};

export default widget;
