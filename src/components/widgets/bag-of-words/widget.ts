// The bag-of-words figure as a widget: everything is computed from the two typed sentences, in the page.
import type { Widget } from '../../figure/widget.ts';
import { type BagOfWordsModel, bagOfWordsModel } from './model.ts';
import { type BagOfWordsSchema, bagOfWordsSchema } from './state.ts';
import { bagOfWordsView } from './view.ts';

const widget: Widget<BagOfWordsSchema, BagOfWordsModel> = {
  schema: bagOfWordsSchema,
  model: bagOfWordsModel,
  view: bagOfWordsView,
};

export default widget;
