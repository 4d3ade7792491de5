// The long-sentence figure as a widget: a synchronous model, recomputed on every slider input.
import type { Widget } from '../../figure/widget.ts';
import { type LongSentenceModel, longSentenceModel } from './model.ts';
import { type LongSentenceSchema, longSentenceSchema } from './state.ts';
import { longSentenceView } from './view.ts';

const widget: Widget<LongSentenceSchema, LongSentenceModel> = {
  schema: longSentenceSchema,
  model: longSentenceModel,
  view: longSentenceView,
};

export default widget;
