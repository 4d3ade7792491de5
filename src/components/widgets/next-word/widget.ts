// The next-word figure as a widget: loads the corpus model once, on first use, then answers each typed
// context from its in-memory index.
import type { Widget } from '../../figure/widget.ts';
import { loadBrownModel } from '../../../lib/text/brownModel.ts';
import { type NextWordModel, nextWordModel } from './model.ts';
import { type NextWordSchema, nextWordSchema } from './state.ts';
import { nextWordView } from './view.ts';

const widget: Widget<NextWordSchema, NextWordModel> = {
  schema: nextWordSchema,
  async model(state) {
    const ngram = await loadBrownModel();
    return nextWordModel(ngram, state);
  },
  view: nextWordView,
};

export default widget;
